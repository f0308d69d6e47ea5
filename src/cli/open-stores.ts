import type { AppConfig } from "../config.js";
import type { Stores } from "../ports/stores.js";
import { openPostgresStores } from "../storage/postgres/open-postgres.js";
import { openDatabase } from "../storage/sqlite/open-database.js";
import { createSqliteStores } from "../storage/sqlite/sqlite-stores.js";

export interface OpenStores {
  stores: Stores;
  /** Closes the connection (after in-flight work has finished). */
  close(): Promise<void>;
  /** Which engine was opened, for the start-up log (never the URL: it may carry a password). */
  engine: "sqlite" | "postgres";
}

/** The configured database engine's stores, migrated and ready: PostgreSQL with DATABASE_URL, else SQLite. */
export async function openStores(
  config: Pick<AppConfig, "databasePath" | "databaseUrl">,
): Promise<OpenStores> {
  if (config.databaseUrl !== undefined) {
    const { stores, close } = await openPostgresStores(config.databaseUrl);
    return { stores, close, engine: "postgres" };
  }
  const database = openDatabase(config.databasePath);
  return {
    stores: createSqliteStores(database),
    close: async () => database.close(),
    engine: "sqlite",
  };
}
