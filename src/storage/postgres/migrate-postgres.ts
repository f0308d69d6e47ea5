import { join } from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import type { Pool } from "pg";
import { projectRoot } from "../../project-root.js";

/** The committed PostgreSQL migrations, found relative to the project so any working directory works. */
export const postgresMigrationsFolder = join(projectRoot(), "migrations", "postgres");

/** An arbitrary fixed key: every gigdesk process migrating this database asks for the same lock. */
const migrationLockKey = 7_146_330_911;

/**
 * Applies the committed migrations with a session advisory lock held around the whole run.
 * drizzle's migrator reads which migrations ran before it applies the rest, so two instances
 * starting at once on a fresh database would both try `CREATE TABLE` and one would fail. With the
 * lock, the second instance waits until the first has committed, then finds nothing left to do.
 * The lock belongs to one connection, so the run uses a single client from the pool.
 */
export async function migratePostgres(
  pool: Pool,
  migrationsFolder = postgresMigrationsFolder,
): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [migrationLockKey]);
    try {
      await migrate(drizzle(client), { migrationsFolder });
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [migrationLockKey]);
    }
  } finally {
    client.release();
  }
}
