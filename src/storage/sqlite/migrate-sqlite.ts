import type BetterSqlite3 from "better-sqlite3";
import { readMigrationFiles } from "drizzle-orm/migrator";

/** drizzle's own bookkeeping table, kept as drizzle creates it so existing files carry on unchanged. */
const migrationsTable = "__drizzle_migrations";

/**
 * Applies the committed drizzle migrations with the write lock held from the first read.
 *
 * drizzle's better-sqlite3 migrator reads which migrations ran *before* it opens its transaction,
 * so two processes starting on a fresh file both read "none", and the second then fails on
 * `CREATE TABLE` ("table audit_log already exists", issue 14). Here the read, the DDL and the
 * bookkeeping all happen inside one BEGIN IMMEDIATE: the second process waits for the lock
 * (busy_timeout), then sees the first one's rows and has nothing left to do.
 */
export function migrateSqlite(sqlite: BetterSqlite3.Database, migrationsFolder: string): void {
  const migrations = readMigrationFiles({ migrationsFolder });
  sqlite.exec("BEGIN IMMEDIATE");
  try {
    sqlite.exec(
      `CREATE TABLE IF NOT EXISTS "${migrationsTable}" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`,
    );
    const last = sqlite
      .prepare(`SELECT created_at AS createdAt FROM "${migrationsTable}" ORDER BY created_at DESC LIMIT 1`)
      .get() as { createdAt: number | string } | undefined;
    const appliedUpTo = last ? Number(last.createdAt) : Number.NEGATIVE_INFINITY;
    const record = sqlite.prepare(`INSERT INTO "${migrationsTable}" ("hash", "created_at") VALUES (?, ?)`);
    for (const migration of migrations) {
      if (migration.folderMillis <= appliedUpTo) continue;
      for (const statement of migration.sql) {
        if (statement.trim() !== "") sqlite.exec(statement);
      }
      record.run(migration.hash, migration.folderMillis);
    }
    sqlite.exec("COMMIT");
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
    throw error;
  }
}
