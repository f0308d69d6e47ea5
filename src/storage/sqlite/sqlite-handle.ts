import type BetterSqlite3 from "better-sqlite3";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { runStepsNow, type StepEngine } from "../shared/engine-steps.js";
import type { FaqEntryWrites } from "../shared/faq-entry-writes.js";
import { auditOpsOn } from "./audit.js";
import { prepareFaqEntryWrites } from "./faq-entry-writes.js";
import { drizzleReusingStatements } from "./statement-cache.js";
import { defaultWriteLockWait, type WriteLockWait, waitForWriteLock } from "./wait-for-write-lock.js";

export type Db = BetterSQLite3Database;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A connection or an open transaction on it: reads work the same on both. */
export type Database = Db | Tx;

/**
 * One connection as the SQLite stores share it. Every write a user waits for runs in one
 * IMMEDIATE transaction: the write lock is taken up front, so a transaction refused for a lock
 * has done nothing and can simply run again. better-sqlite3 is synchronous, so a transaction never
 * spans an await: the stores do all their work inside `work`, which keeps each write atomic, and
 * `write` waits for another process's lock between attempts without blocking (wait-for-write-lock.ts),
 * throwing StorageBusyError when the lock outlasts the wait.
 */
export interface SqliteHandle {
  sqlite: BetterSqlite3.Database;
  db: Db;
  write<T>(work: (tx: Tx) => T): Promise<T>;
  /** The entry writes, prepared once per connection (see faq-entry-writes.ts). */
  entryWrites: FaqEntryWrites<"now">;
  /**
   * Runs a shared store's steps (engine-steps.ts) with its calls `opsOn` the connection or a write
   * transaction. Each call answers at once, so a write's steps run whole inside one IMMEDIATE
   * transaction, audit row included; the one write lock stands for every community's.
   */
  stepsOf<Ops>(opsOn: (db: Database) => Ops): StepEngine<Ops>;
}

export function sqliteHandle(
  sqlite: BetterSqlite3.Database,
  lockWait: WriteLockWait = defaultWriteLockWait,
): SqliteHandle {
  const db = drizzleReusingStatements(sqlite);
  const write: SqliteHandle["write"] = (work) =>
    waitForWriteLock(() => db.transaction(work, { behavior: "immediate" }), lockWait);
  return {
    sqlite,
    db,
    write,
    entryWrites: prepareFaqEntryWrites(sqlite),
    stepsOf<Ops>(opsOn: (db: Database) => Ops): StepEngine<Ops> {
      // Built once, on the connection: every call built them afresh, drizzle fragments and all,
      // a dozen times a decision. They serve writes too: better-sqlite3 runs every statement of
      // the connection inside its open transaction, and no store call nests a transaction.
      let onConnection: (ReturnType<typeof auditOpsOn> & Ops) | undefined;
      const connectionOps = () => {
        onConnection ??= { ...auditOpsOn(db), ...opsOn(db) };
        return onConnection;
      };
      const inWrite: StepEngine<Ops>["writeAlone"] = (start) =>
        write(() => runStepsNow(start(), connectionOps()));
      return {
        read: async (start) => runStepsNow(start(), connectionOps()),
        write: (_community, start) => inWrite(start),
        writeUnder: (_lockNames, start) => inWrite(start),
        writeAlone: inWrite,
      };
    },
  };
}
