import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import type { CommandContext } from "../../src/command-kit/command.js";
import { runTextCommand } from "../../src/command-kit/text-invocation.js";
import { createServices } from "../../src/services/create-services.js";
import { busyTimeoutMs, openDatabase } from "../../src/storage/sqlite/open-database.js";
import { createSqliteStores } from "../../src/storage/sqlite/sqlite-stores.js";
import { memoryLogger } from "../support/memory-logger.js";
import { freshDatabasePath, projectRoot } from "../support/run-bot-process.js";
import { seedCommunity } from "../support/test-bot.js";

/**
 * Another process (a second bot, `npm run faq -- import`, a backup tool) holds SQLite's write lock.
 * better-sqlite3 is synchronous, so the holder must be a separate process: it takes the lock,
 * says "locked", and commits after `holdMs` (or never, until it is killed).
 */
function holdWriteLock(databasePath: string, holdMs: number): Promise<ChildProcessWithoutNullStreams> {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(process.argv[1]);
    db.exec("BEGIN IMMEDIATE");
    db.prepare("UPDATE faq_entries SET owner = owner WHERE id = 1").run();
    process.stdout.write("locked\\n");
    setTimeout(() => { db.exec("COMMIT"); db.close(); process.stdout.write("released\\n"); }, Number(process.argv[2]));
  `;
  const child = spawn(process.execPath, ["-e", script, databasePath, String(holdMs)], { cwd: projectRoot });
  holders.push(child);
  return new Promise((resolve, reject) => {
    child.stdout.once("data", () => resolve(child));
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
}

const holders: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const holder of holders.splice(0)) holder.kill("SIGKILL");
});

async function openBot() {
  const databasePath = freshDatabasePath();
  const database = openDatabase(databasePath);
  const log = memoryLogger();
  const stores = createSqliteStores(database);
  await seedCommunity(stores, "console", new Date("2026-11-01T00:00:00Z"));
  const services = createServices(stores, log.logger).forCommunity("console");
  const ctx: CommandContext = {
    actor: {
      platform: "console",
      spaceId: "console",
      communityId: "console",
      userId: "mod",
      displayName: "mod",
      isModerator: true,
    },
    services,
    commands,
    now: new Date("2026-11-26T12:00:00Z"),
  };
  return { databasePath, database, services, log, ctx };
}

const addLine = (slug: string) =>
  `/faq add slug:${slug} question:"Does a locked database lose my edit?" answer:"No: the write waits for the lock and then lands."`;

describe("fault: a locked database (SQLITE_BUSY)", () => {
  it("waits within busy_timeout for another process's write lock, then succeeds", async () => {
    const bot = await openBot();
    expect(bot.database.sqlite.pragma("busy_timeout", { simple: true })).toBe(busyTimeoutMs);
    const holdMs = 700;
    await holdWriteLock(bot.databasePath, holdMs);
    const started = performance.now();
    const { reply } = await runTextCommand(addLine("busy-then-free"), bot.ctx);
    const waitedMs = performance.now() - started;
    expect(reply.kind, reply.body).toBe("message");
    expect(waitedMs).toBeGreaterThan(holdMs * 0.5);
    expect(waitedMs).toBeLessThan(busyTimeoutMs);
    expect(await bot.services.faq.entries.getBySlug("busy-then-free")).not.toBeNull();
    bot.database.close();
  });

  it("reports a lock that outlasts busy_timeout clearly, privately, and loses nothing committed", async () => {
    const bot = await openBot();
    // A shorter wait than production's keeps the test quick; the behaviour at the limit is the same.
    bot.database.sqlite.pragma("busy_timeout = 400");
    const before = await bot.services.faq.entries.countAll();
    const holder = await holdWriteLock(bot.databasePath, 60_000);
    const { reply } = await runTextCommand(addLine("busy-forever"), bot.ctx);
    expect(reply).toMatchObject({ kind: "problem", visibility: "private" });
    expect(reply.body).toMatch(/try again/i);
    // The operator's log names the cause and the reference the member was given.
    const logged = bot.log.lines().find((line) => line.msg === "command failed");
    expect(JSON.stringify(logged)).toContain("SQLITE_BUSY");
    expect(JSON.stringify(logged)).toContain(String((reply.data as { reference?: string }).reference));

    holder.kill("SIGKILL");
    await new Promise((resolve) => holder.once("exit", resolve));
    expect(await bot.services.faq.entries.countAll()).toBe(before);
    const retry = await runTextCommand(addLine("busy-forever"), bot.ctx);
    expect(retry.reply.kind, retry.reply.body).toBe("message");
    expect(bot.database.sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    bot.database.close();
  });
});
