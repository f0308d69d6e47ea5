import { StorageBusyError } from "../../ports/storage-busy.js";

/**
 * How a write waits while another process holds SQLite's write lock. better-sqlite3 is
 * synchronous: its busy_timeout waits inside the call, stopping every other community's work
 * (issue 15 measured 3,025 ms for a thread reply). SQLite's own wait is therefore kept short
 * (busyTimeoutMs in open-database.ts) and the rest of the wait happens here, between attempts,
 * with the event loop free: timers, gateway heartbeats and other members' acknowledgements run.
 */
export interface WriteLockWait {
  /** Give up (StorageBusyError) once this much time has passed since the first attempt. */
  budgetMs: number;
  /** The pause after the first busy attempt; it doubles up to maxPauseMs. */
  firstPauseMs: number;
  maxPauseMs: number;
}

/**
 * Long enough to outlast a second instance's write or a large import's transaction; short enough
 * that a member hears "busy, try again" while still waiting for the answer (Discord allows 15
 * minutes after a deferral, Slack 30 minutes for a response_url).
 */
export const defaultWriteLockWait: WriteLockWait = { budgetMs: 10_000, firstPauseMs: 20, maxPauseMs: 500 };

export function isSqliteBusy(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
}

/**
 * Runs `attempt` (one whole IMMEDIATE transaction, so a busy attempt wrote nothing) until it is not
 * refused for a lock, pausing asynchronously in between, with jitter so that two waiting processes
 * do not retry in step.
 */
export async function waitForWriteLock<T>(
  attempt: () => T,
  wait: WriteLockWait,
  random: () => number = Math.random,
): Promise<T> {
  const started = performance.now();
  let pauseMs = wait.firstPauseMs;
  for (;;) {
    try {
      return attempt();
    } catch (error) {
      const waitedMs = performance.now() - started;
      if (!isSqliteBusy(error)) throw error;
      if (waitedMs >= wait.budgetMs) throw new StorageBusyError(waitedMs, { cause: error });
      const pause = Math.min(pauseMs * (0.5 + random()), wait.budgetMs - waitedMs);
      await new Promise((resolve) => setTimeout(resolve, pause));
      pauseMs = Math.min(pauseMs * 2, wait.maxPauseMs);
    }
  }
}
