import { DrizzleQueryError, sql } from "drizzle-orm";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import type { Pool } from "pg";
import { StorageBusyError } from "../../ports/storage-busy.js";
import { runStepsAwaiting, type StepEngine } from "../shared/engine-steps.js";
import { auditOpsOn } from "./audit.js";

export type Db = NodePgDatabase;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** The pool or an open transaction: reads work the same on both. */
export type Database = Db | Tx;

/**
 * How long a write waits for another instance's lock on the same community before giving up with
 * StorageBusyError (the same budget as SQLite's write-lock wait: the member hears "busy, try again").
 */
export const defaultLockTimeoutMs = 10_000;

/**
 * The pool as the PostgreSQL stores share it. SQLite serialises writers with one write lock taken
 * up front (BEGIN IMMEDIATE); the stores rely on that for their read-check-write steps (is the slug
 * free? is the suggestion still pending?). Here each write transaction first takes transaction-scoped
 * advisory locks on the names it writes under (a community, or the community directory), so two
 * instances writing the same community queue up exactly as on SQLite, while different communities
 * write in parallel. Locks are taken in sorted order, so two writers cannot deadlock on them.
 */
export interface PostgresHandle {
  pool: Pool;
  db: Db;
  write<T>(lockNames: readonly string[], work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Runs a shared store's steps (engine-steps.ts) with its calls `opsOn` the pool or a write
   * transaction, awaiting each; a write's steps (audit row included) hold the community's lock.
   */
  stepsOf<Ops>(opsOn: (db: Database) => Ops): StepEngine<Ops>;
}

/** The lock names writers share: one per community, one for the community directory. */
export const lockOf = {
  community: (id: string) => `community:${id}`,
  directory: "community-directory",
};

export function postgresHandle(pool: Pool, lockTimeoutMs = defaultLockTimeoutMs): PostgresHandle {
  const db = drizzle(pool);
  const handle: PostgresHandle = {
    pool,
    db,
    async write(lockNames, work) {
      const started = performance.now();
      try {
        return await db.transaction(async (tx) => {
          // The timeout and the first lock share one round trip (a claim is only a handful of them);
          // the select list runs left to right, so the timeout is in force before the lock waits.
          const [first, ...rest] = [...new Set(lockNames)].sort();
          const timeout = String(Math.max(1, Math.round(lockTimeoutMs)));
          await tx.execute(
            first === undefined
              ? sql`SELECT set_config('lock_timeout', ${timeout}, true)`
              : sql`SELECT set_config('lock_timeout', ${timeout}, true), pg_advisory_xact_lock(hashtextextended(${first}, 0))`,
          );
          for (const name of rest) {
            await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${name}, 0))`);
          }
          return work(tx);
        });
      } catch (error) {
        // 55P03 lock_not_available: the lock outlasted lock_timeout; the transaction rolled back.
        if (pgCode(error) === "55P03")
          throw new StorageBusyError(performance.now() - started, { cause: error });
        throw engineError(error);
      }
    },
    stepsOf(opsOn) {
      const storeOpsOn = (on: Database) => ({ ...auditOpsOn(on), ...opsOn(on) });
      return {
        read: (start) => runStepsAwaiting(start(), storeOpsOn(db)),
        write: (community, start) =>
          handle.write([lockOf.community(community)], (tx) => runStepsAwaiting(start(), storeOpsOn(tx))),
        writeUnder: (lockNames, start) =>
          handle.write(lockNames, (tx) => runStepsAwaiting(start(), storeOpsOn(tx))),
        writeAlone: (start) => runStepsAwaiting(start(), storeOpsOn(db)),
      };
    },
  };
  return handle;
}

/** The SQLSTATE of a node-postgres error, also when drizzle wrapped it. */
export function pgCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * drizzle wraps the server's error in one whose message is the whole SQL statement and its
 * parameters (FAQ text, user ids). Callers and logs get the server's own error, as on SQLite.
 */
export function engineError(error: unknown): unknown {
  return error instanceof DrizzleQueryError && error.cause instanceof Error ? error.cause : error;
}
