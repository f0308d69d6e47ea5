import type { AppConfig } from "../config.js";
import type { Stores } from "../ports/stores.js";
import { openDatabase } from "../storage/sqlite/open-database.js";
import { createSqliteStores } from "../storage/sqlite/sqlite-stores.js";

export interface OpenStores {
  stores: Stores;
  /** Closes the connection (after in-flight work has finished). */
  close(): Promise<void>;
}

/** The configured database engine's stores, migrated and ready. */
export async function openStores(config: Pick<AppConfig, "databasePath">): Promise<OpenStores> {
  const database = openDatabase(config.databasePath);
  return {
    stores: createSqliteStores(database),
    close: async () => database.close(),
  };
}
