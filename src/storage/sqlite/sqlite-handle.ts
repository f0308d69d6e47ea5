import type BetterSqlite3 from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { type FaqEntryWrites, prepareFaqEntryWrites } from "./faq-entry-writes.js";

export type Db = BetterSQLite3Database;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A connection or an open transaction on it: reads work the same on both. */
export type Database = Db | Tx;

/**
 * One connection as the SQLite stores share it. Every write a user waits for runs in one
 * IMMEDIATE transaction (the write lock is taken up front, so a second process waits on
 * busy_timeout instead of failing to upgrade a read lock half-way). better-sqlite3 is
 * synchronous, so a transaction never spans an await: the stores' async methods do all their
 * work inside one synchronous call, which keeps each write atomic.
 */
export interface SqliteHandle {
  sqlite: BetterSqlite3.Database;
  db: Db;
  write<T>(work: (tx: Tx) => T): T;
  /** The entry writes, prepared once per connection (see faq-entry-writes.ts). */
  entryWrites: FaqEntryWrites;
}

export function sqliteHandle(sqlite: BetterSqlite3.Database): SqliteHandle {
  const db = drizzle(sqlite);
  return {
    sqlite,
    db,
    write: (work) => db.transaction(work, { behavior: "immediate" }),
    entryWrites: prepareFaqEntryWrites(sqlite),
  };
}
