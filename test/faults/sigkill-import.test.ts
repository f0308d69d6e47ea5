import { statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generateEntries, readStarterEntries, toImportFile } from "../../bench/generate-entries.js";
import { openDatabase } from "../../src/storage/sqlite/open-database.js";
import { createSqliteStores } from "../../src/storage/sqlite/sqlite-stores.js";
import { freshDatabasePath } from "../support/run-bot-process.js";
import { seedCommunity } from "../support/test-bot.js";
import { type KillableProcess, startKillable } from "./killable-process.js";

/** Entries in the import; enough that the transaction spills pages to the WAL before it commits. */
const importSize = Number(process.env.FAULT_IMPORT_ENTRIES) || 6_000;

let running: KillableProcess | undefined;
afterEach(() => running?.kill());

function walBytes(databasePath: string): number {
  try {
    return statSync(`${databasePath}-wal`).size;
  } catch {
    return 0;
  }
}

function inspect(databasePath: string) {
  const database = openDatabase(databasePath);
  try {
    const integrity = database.sqlite.pragma("integrity_check", { simple: true });
    // FTS5's own check: the index agrees with its shadow tables (throws when it does not).
    database.sqlite.prepare("INSERT INTO faq_fts(faq_fts) VALUES ('integrity-check')").run();
    const count = (sql: string) => (database.sqlite.prepare(sql).get() as { n: number }).n;
    return {
      integrity,
      entries: count("SELECT count(*) AS n FROM faq_entries"),
      importAudits: count("SELECT count(*) AS n FROM audit_log WHERE action = 'faq.import'"),
    };
  } finally {
    database.close();
  }
}

describe("fault: SIGKILL in the middle of a large import", () => {
  it("leaves an intact database with none of the import, and the import succeeds after a restart", async () => {
    const databasePath = freshDatabasePath();
    // The starter pack is committed first: it must survive whatever happens to the import.
    const seeded = openDatabase(databasePath);
    await seedCommunity(createSqliteStores(seeded), "console", new Date("2026-11-01T00:00:00Z"));
    seeded.close();
    const before = inspect(databasePath);

    const file = join(dirname(databasePath), "large-import.json");
    // Generated entries start with the starter pack itself, which is already there: skip it.
    const starterCount = readStarterEntries().length;
    writeFileSync(file, toImportFile(generateEntries(starterCount + importSize).entries.slice(starterCount)));
    const walAtStart = walBytes(databasePath);

    running = startKillable(["run", "faq", "--silent", "--", "import", file], {
      DATABASE_PATH: databasePath,
    });
    let killedMidImport = false;
    // The WAL grows while the import's pages spill before its commit: that is the middle of the write.
    const watch = setInterval(() => {
      if (!killedMidImport && walBytes(databasePath) > walAtStart + 256 * 1024) {
        killedMidImport = true;
        running?.kill();
      }
    }, 5);
    const exit = await running.exited;
    clearInterval(watch);
    expect(killedMidImport, `the import finished before it could be killed: ${running.stderr()}`).toBe(true);
    expect(exit.signal).toBe("SIGKILL");

    const afterKill = inspect(databasePath);
    expect(afterKill.integrity).toBe("ok");
    // All or nothing: the transaction never committed, so not one imported entry is there.
    expect(afterKill.entries).toBe(before.entries);
    expect(afterKill.importAudits).toBe(before.importAudits);

    running = startKillable(["run", "faq", "--silent", "--", "import", file], {
      DATABASE_PATH: databasePath,
    });
    const retry = await running.exited;
    expect(retry.code, running.stderr()).toBe(0);
    const afterRetry = inspect(databasePath);
    expect(afterRetry.integrity).toBe("ok");
    expect(afterRetry.entries).toBe(before.entries + importSize);
  }, 60_000);
});
