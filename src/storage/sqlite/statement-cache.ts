import type BetterSqlite3 from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";

/** Distinct SQL texts kept compiled: the stores issue a few dozen; the bound only stops a leak. */
const CACHED_STATEMENTS = 256;

/**
 * drizzle over a connection whose compiled statements are reused. drizzle asks better-sqlite3 to
 * prepare every query it runs, and SQLite compiles the text each time: a thread-reply decision
 * runs a dozen small queries, and compiling them was about a twentieth of its time. The same
 * text gets the same statement back, least recently used dropped first.
 *
 * better-sqlite3 is synchronous and drizzle never iterates a statement lazily, so a statement is
 * done with before the next query asks for it. drizzle turns a statement to array rows (raw) for
 * the queries whose rows it maps itself and expects objects otherwise, so each statement handed
 * out is back in object mode.
 */
export function drizzleReusingStatements(sqlite: BetterSqlite3.Database): BetterSQLite3Database {
  const compiled = new Map<string, BetterSqlite3.Statement>();
  const prepare = (source: string): BetterSqlite3.Statement => {
    let statement = compiled.get(source);
    if (statement) {
      compiled.delete(source);
    } else {
      statement = sqlite.prepare(source);
      if (compiled.size >= CACHED_STATEMENTS) {
        const oldest = compiled.keys().next();
        if (!oldest.done) compiled.delete(oldest.value);
      }
    }
    compiled.set(source, statement);
    if (statement.reader) statement.raw(false);
    return statement;
  };
  // drizzle's session calls only these two on its client.
  const client = { prepare, transaction: sqlite.transaction.bind(sqlite) };
  return drizzle({ client: client as unknown as BetterSqlite3.Database });
}
