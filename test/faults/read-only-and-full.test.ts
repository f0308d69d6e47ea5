import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateEntries, readStarterEntries, toImportFile } from "../../bench/generate-entries.js";
import { commands } from "../../commands/index.js";
import { runTextCommand } from "../../src/command-kit/text-invocation.js";
import { createServices } from "../../src/services/create-services.js";
import { openDatabase } from "../../src/storage/sqlite/open-database.js";
import { createSqliteStores } from "../../src/storage/sqlite/sqlite-stores.js";
import { memoryLogger } from "../support/memory-logger.js";
import { seedCommunity } from "../support/test-bot.js";
import { type KillableProcess, startKillable } from "./killable-process.js";

/**
 * A real full disk and a real read-only file system need a mount: root can mount a tiny tmpfs
 * here, and then the test uses one. Elsewhere (CI runs unprivileged) the same checks run on a
 * `PRAGMA max_page_count` cap (SQLite answers SQLITE_FULL exactly as on a full disk) and a
 * chmod 444 file.
 */
const mounts: string[] = [];
function tinyTmpfs(sizeKb: number): string | null {
  if (process.getuid?.() !== 0) return null;
  const folder = mkdtempSync(join(tmpdir(), "gigdesk-tmpfs-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${sizeKb}k`, "tmpfs", folder], { stdio: "ignore" });
    mounts.push(folder);
    return folder;
  } catch {
    rmSync(folder, { recursive: true, force: true });
    return null;
  }
}
afterAll(() => {
  for (const folder of mounts.splice(0)) {
    execFileSync("umount", ["-l", folder], { stdio: "ignore" });
    rmSync(folder, { recursive: true, force: true });
  }
});

async function seededDatabase(folder: string): Promise<{ path: string; entries: number }> {
  const path = join(folder, "gigdesk.sqlite");
  const database = openDatabase(path);
  await seedCommunity(createSqliteStores(database), "console", new Date("2026-11-01T00:00:00Z"));
  const entries = (database.sqlite.prepare("SELECT count(*) AS n FROM faq_entries").get() as { n: number }).n;
  database.close();
  return { path, entries };
}

function countAndIntegrity(path: string) {
  const database = openDatabase(path);
  try {
    return {
      entries: (database.sqlite.prepare("SELECT count(*) AS n FROM faq_entries").get() as { n: number }).n,
      integrity: database.sqlite.pragma("integrity_check", { simple: true }),
    };
  } finally {
    database.close();
  }
}

async function runToEnd(process: KillableProcess) {
  const exit = await process.exited;
  return { ...exit, stdout: process.lines.join("\n"), stderr: process.stderr() };
}

/** Sets up a database that is full (tmpfs or page cap) and tries a 3,000-entry import on it. */
async function importOntoFullDisk() {
  const mounted = tinyTmpfs(1_536);
  const folder = mounted ?? mkdtempSync(join(tmpdir(), "gigdesk-full-"));
  const { path, entries } = await seededDatabase(folder);
  // Generated entries start with the starter pack itself, which is already seeded: skip it.
  const starterCount = readStarterEntries().length;
  const big = generateEntries(starterCount + 3_000).entries.slice(starterCount);
  if (mounted) {
    // The real thing: `npm run faq -- import` on a file system with no room left.
    const file = join(tmpdir(), `gigdesk-full-import-${process.pid}.json`);
    writeFileSync(file, toImportFile(big));
    const result = await runToEnd(
      startKillable(["run", "faq", "--silent", "--", "import", file], { DATABASE_PATH: path }),
    );
    rmSync(file, { force: true });
    return { path, entries, result };
  }
  const database = openDatabase(path);
  const pages = database.sqlite.pragma("page_count", { simple: true }) as number;
  database.sqlite.pragma(`max_page_count = ${pages + 50}`);
  const store = createSqliteStores(database).faq;
  let message = "";
  try {
    await store.transfer.importEntries(
      "console",
      big,
      { replace: false, dryRun: false },
      { platform: "console", spaceId: "cli", userId: "t" },
      new Date(),
    );
  } catch (error) {
    message = error instanceof Error ? error.message : String(error);
  }
  database.close();
  return { path, entries, result: { code: message ? 1 : 0, signal: null, stdout: "", stderr: message } };
}

describe("fault: a full disk", () => {
  it("refuses an import that does not fit and keeps every committed entry", async () => {
    const { path, entries, result } = await importOntoFullDisk();
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/full/i);
    expect(countAndIntegrity(path)).toEqual({ entries, integrity: "ok" });
  }, 60_000);
});

/** Whether this machine lets the test mount a tmpfs (root); the real-process check needs a real full disk. */
function canMountTmpfs(): boolean {
  const folder = tinyTmpfs(64);
  if (folder === null) return false;
  execFileSync("umount", ["-l", folder], { stdio: "ignore" });
  mounts.splice(mounts.indexOf(folder), 1);
  rmSync(folder, { recursive: true, force: true });
  return true;
}

describe.runIf(canMountTmpfs())("fault: a full disk under `npm run faq -- import`", () => {
  it("says so in one line, without a stack trace", async () => {
    const { result } = await importOntoFullDisk();
    expect(result.stderr).toMatch(/full/i);
    expect(result.stderr, "a stack trace instead of a message").not.toMatch(/\n\s+at /);
  }, 60_000);
});

describe("fault: a read-only database file", () => {
  /** Seeds a database, makes it read-only (a read-only mount as root, chmod otherwise), starts the bot on it. */
  async function startOnReadOnlyDatabase() {
    const mounted = tinyTmpfs(8_192);
    const folder = mounted ?? mkdtempSync(join(tmpdir(), "gigdesk-readonly-"));
    const { path, entries } = await seededDatabase(folder);
    if (mounted) execFileSync("mount", ["-o", "remount,ro", mounted], { stdio: "ignore" });
    else {
      chmodSync(path, 0o444);
      chmodSync(folder, 0o555);
    }
    const result = await runToEnd(
      startKillable(["start", "--silent", "--", "--json"], { DATABASE_PATH: path }),
    );
    if (mounted) execFileSync("mount", ["-o", "remount,rw", mounted], { stdio: "ignore" });
    else {
      chmodSync(folder, 0o755);
      chmodSync(path, 0o644);
    }
    return { result, path, entries };
  }

  // Root ignores file modes, so without a mount there is no way to make the file read-only for root.
  const canMakeReadOnly = process.getuid?.() !== 0 || canMountTmpfs();

  it.runIf(canMakeReadOnly)(
    "stops the bot at start with one clear message, and the committed data is still there",
    async () => {
      const { result, path, entries } = await startOnReadOnlyDatabase();
      expect(result.code).not.toBe(0);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain(path);
      expect(result.stderr, "a stack trace instead of a message").not.toMatch(/\n\s+at /);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(countAndIntegrity(path)).toEqual({ entries, integrity: "ok" });
    },
    30_000,
  );

  // SQLite's own words ("unable to open database file") do not say why; the message must.
  it.runIf(canMakeReadOnly)(
    "names the cause: the database (or its folder) is read-only",
    async () => {
      const { result } = await startOnReadOnlyDatabase();
      expect(result.stderr).toMatch(/read-only|readonly|not writable/i);
    },
    30_000,
  );

  it("answers a write on a database that turned read-only with a private problem and loses nothing", async () => {
    const folder = mkdtempSync(join(tmpdir(), "gigdesk-readonly-live-"));
    mkdirSync(folder, { recursive: true });
    const { path, entries } = await seededDatabase(folder);
    const database = openDatabase(path);
    const log = memoryLogger();
    const services = createServices(createSqliteStores(database), log.logger).forCommunity("console");
    // Simulated on the open connection: remounting a file system read-only under an open writer is refused.
    database.sqlite.pragma("query_only = ON");
    const { reply } = await runTextCommand(
      '/faq add slug:read-only-check question:"Is this kept?" answer:"Only if the disk takes it."',
      {
        actor: {
          platform: "console",
          spaceId: "console",
          communityId: "console",
          userId: "m",
          displayName: "m",
          isModerator: true,
        },
        services,
        commands,
        now: new Date(),
      },
    );
    expect(reply).toMatchObject({ kind: "problem", visibility: "private" });
    expect(JSON.stringify(log.lines())).toMatch(/readonly|read-only|query_only/i);
    database.close();
    expect(countAndIntegrity(path)).toEqual({ entries, integrity: "ok" });
  });
});
