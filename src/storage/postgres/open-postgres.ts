import pg from "pg";
import type { Stores } from "../../ports/stores.js";
import { StartupError } from "../../startup-error.js";
import { migratePostgres } from "./migrate-postgres.js";
import { defaultLockTimeoutMs } from "./postgres-handle.js";
import { createPostgresStores } from "./postgres-stores.js";
import { redactDatabaseUrl } from "./redact-database-url.js";

export interface PostgresStoreOptions {
  /** The clock settings changes are stamped with; tests pass a fixed one. */
  clock?: () => Date;
  /** How long a write waits for another instance's lock on the same community (tests shorten it). */
  lockTimeoutMs?: number;
  /** Connections in the pool (node-postgres' default is 10). */
  maxConnections?: number;
}

/**
 * Connects to the PostgreSQL database at `url`, applies the committed migrations (safe when several
 * instances start at once) and returns every store over one pool. Problems the operator can fix
 * become a StartupError that names the server without its password.
 */
export async function openPostgresStores(
  url: string,
  options: PostgresStoreOptions = {},
): Promise<{ stores: Stores; close(): Promise<void> }> {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
  // An idle client's error (the server restarted) would otherwise crash the process; the next
  // query gets a fresh connection, and a query in flight reports its own error.
  pool.on("error", () => {});
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end().catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(
      `gigdesk cannot prepare the PostgreSQL database at ${redactDatabaseUrl(url)}: ${reason}. Check DATABASE_URL and that the server is running.`,
    );
  }
  const stores = createPostgresStores(pool, {
    clock: options.clock,
    lockTimeoutMs: options.lockTimeoutMs ?? defaultLockTimeoutMs,
  });
  return { stores, close: () => pool.end() };
}
