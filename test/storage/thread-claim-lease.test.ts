import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../../src/storage/sqlite/open-database.js";
import { createSqliteStores } from "../../src/storage/sqlite/sqlite-stores.js";
import { describeClaimLease } from "./thread-claim-lease-contract.js";

// Two connections to one file: what two processes on one SQLite database hold.
describeClaimLease("SQLite, two connections to one file", async () => {
  const folder = mkdtempSync(join(tmpdir(), "gigdesk-lease-"));
  const path = join(folder, "gigdesk.sqlite");
  const first = openDatabase(path);
  const second = openDatabase(path);
  return {
    first: createSqliteStores(first),
    second: createSqliteStores(second),
    close: async () => {
      first.close();
      second.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
});
