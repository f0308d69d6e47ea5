import { openDatabase } from "../../src/storage/sqlite/open-database.js";
import { createSqliteStores } from "../../src/storage/sqlite/sqlite-stores.js";
import { describeWebConsentStore } from "./web-consent-contract.js";

describeWebConsentStore("SQLite", async () => {
  const database = openDatabase(":memory:");
  return { stores: createSqliteStores(database), close: async () => database.close() };
});
