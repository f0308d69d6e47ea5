import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import type { CommandContext } from "../../src/command-kit/command.js";
import { runTextCommand } from "../../src/command-kit/text-invocation.js";
import { createServices } from "../../src/services/create-services.js";
import { busyTimeoutMs, openDatabase } from "../../src/storage/sqlite/open-database.js";
import { createSqliteStores } from "../../src/storage/sqlite/sqlite-stores.js";
import { defaultWriteLockWait, type WriteLockWait } from "../../src/storage/sqlite/wait-for-write-lock.js";
import { memoryLogger } from "../support/memory-logger.js";
import { freshDatabasePath } from "../support/run-bot-process.js";
import { seedCommunity } from "../support/test-bot.js";
import { holdWriteLock, longestTimerGapMs } from "./hold-write-lock.js";

const holders: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const holder of holders.splice(0)) holder.kill("SIGKILL");
});

async function lockedBy(databasePath: string, holdMs: number): Promise<ChildProcessWithoutNullStreams> {
  const holder = await holdWriteLock(databasePath, holdMs);
  holders.push(holder);
  return holder;
}

async function openBot(lockWait: WriteLockWait = defaultWriteLockWait) {
  const databasePath = freshDatabasePath();
  const database = openDatabase(databasePath);
  const log = memoryLogger();
  const stores = createSqliteStores(database, { lockWait });
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

// Issue 15, finding 3: busy_timeout was 5 s, and better-sqlite3 waits inside the call, so the whole
// process stopped while another process held the lock. SQLite's own wait is now a few
// milliseconds and the rest is waited for between attempts; the assertions on the wait changed
// with that design (it is no longer bounded by busy_timeout), and a lock that outlasts the wait is
// now the problem "busy" instead of an internal error.
describe("fault: a locked database (SQLITE_BUSY)", () => {
  it("waits for another process's write lock without blocking the process, then succeeds", async () => {
    const bot = await openBot();
    expect(bot.database.sqlite.pragma("busy_timeout", { simple: true })).toBe(busyTimeoutMs);
    const holdMs = 700;
    await lockedBy(bot.databasePath, holdMs);
    const started = performance.now();
    let reply: Awaited<ReturnType<typeof runTextCommand>>["reply"] | undefined;
    const gapMs = await longestTimerGapMs(async () => {
      reply = (await runTextCommand(addLine("busy-then-free"), bot.ctx)).reply;
    });
    const waitedMs = performance.now() - started;
    expect(reply?.kind, reply?.body).toBe("message");
    expect(waitedMs).toBeGreaterThan(holdMs * 0.5);
    expect(waitedMs).toBeLessThan(defaultWriteLockWait.budgetMs);
    // The process kept running while it waited: timers fired, a few milliseconds late at most.
    expect(gapMs).toBeLessThan(200);
    expect(await bot.services.faq.entries.getBySlug("busy-then-free")).not.toBeNull();
    bot.database.close();
  });

  it("reports a lock that outlasts the wait as busy, privately, and loses nothing committed", async () => {
    // A shorter wait than production's keeps the test quick; the behaviour at the limit is the same.
    const bot = await openBot({ budgetMs: 400, firstPauseMs: 20, maxPauseMs: 100 });
    const before = await bot.services.faq.entries.countAll();
    const holder = await lockedBy(bot.databasePath, 60_000);
    const { reply } = await runTextCommand(addLine("busy-forever"), bot.ctx);
    expect(reply).toMatchObject({ kind: "problem", code: "busy", visibility: "private" });
    expect(reply.body).toMatch(/busy.*try again/i);
    // The operator's log names the cause and the reference the member was given.
    const logged = bot.log.lines().find((line) => line.msg === "command refused: the database is busy");
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
