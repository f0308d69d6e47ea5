import { faqCommand } from "../../../commands/faq/index.js";
import { runTextCommand } from "../../../src/command-kit/text-invocation.js";
import type { Actor } from "../../../src/core/actor.js";
import type { Reply } from "../../../src/core/reply.js";
import { createServices } from "../../../src/services/create-services.js";
import { openDatabase } from "../../../src/storage/sqlite/open-database.js";
import { createSqliteStores } from "../../../src/storage/sqlite/sqlite-stores.js";
import { memoryLogger } from "../../support/memory-logger.js";

/** Real services over an in-memory database with the real migrations; commands run as typed text. */
export function openFaqCommandHarness(now = new Date("2026-11-20T12:00:00.000Z")) {
  const database = openDatabase(":memory:");
  // No starter pack: these tests start from an empty FAQ.
  const stores = createSqliteStores(database);
  const bot = createServices(stores, memoryLogger().logger);
  const services = bot.forCommunity("console");
  let ready: Promise<void> | undefined;
  const actor = (isModerator: boolean): Actor => ({
    platform: "console",
    spaceId: "console",
    communityId: "console",
    userId: isModerator ? "mod" : "member",
    displayName: isModerator ? "Mod" : "Member",
    isModerator,
  });
  const run = async (line: string, asModerator: boolean): Promise<Reply> => {
    ready ??= bot.communities.ensure("console", now);
    await ready;
    return (await runTextCommand(line, { actor: actor(asModerator), services, commands: [faqCommand], now }))
      .reply;
  };
  const count = (table: string) =>
    (database.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  const snapshot = () =>
    Object.fromEntries(
      [
        "faq_entries",
        "faq_revisions",
        "faq_suggestions",
        "audit_log",
        "unanswered_questions",
        "faq_wording_demotions",
      ].map((table) => [table, database.sqlite.prepare(`select * from ${table} order by id`).all()]),
    );
  const lastAudit = () =>
    database.sqlite.prepare("select actor, action, target from audit_log order by id desc limit 1").get() as
      | { actor: string; action: string; target: string }
      | undefined;
  return { database, stores, services, run, count, snapshot, lastAudit, now };
}
