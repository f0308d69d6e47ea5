import type { IncomingThreadMessage } from "../../src/core/faq/thread-reply-types.js";
import { seedStarterPackIfEmpty } from "../../src/faq/seed-starter-pack.js";
import { FaqSearch } from "../../src/services/faq-search.js";
import { SqliteThreadReplyService } from "../../src/services/thread-reply-service.js";
import { createSqliteFaqCandidateScan } from "../../src/storage/faq-candidate-scan-sqlite.js";
import { createSqliteFaqStore } from "../../src/storage/faq-store-sqlite.js";
import { type OpenDatabase, openDatabase } from "../../src/storage/open-database.js";
import { createSqliteSettingsStore } from "../../src/storage/settings-store-sqlite.js";
import { ThreadReplyStoreSqlite } from "../../src/storage/thread-reply-store-sqlite.js";

export const seededAt = new Date("2026-11-01T00:00:00Z");
export const community = { platform: "discord" as const, communityId: "guild-1" };

/** The real thread-reply path over a real database (":memory:" or a file) with the starter pack. */
export function threadReplyHarness(path = ":memory:", idPrefix = "r") {
  const database: OpenDatabase = openDatabase(path);
  const faq = createSqliteFaqStore(database.sqlite);
  seedStarterPackIfEmpty(faq, seededAt);
  const settings = createSqliteSettingsStore(database.sqlite, () => seededAt);
  let counter = 0;
  const faqCandidates = createSqliteFaqCandidateScan(database.sqlite);
  const service = new SqliteThreadReplyService(
    new ThreadReplyStoreSqlite(database),
    new FaqSearch(faqCandidates),
    settings,
    {
      newReplyId: () => `${idPrefix}${++counter}`,
    },
  );
  return { database, faq, faqCandidates, settings, service, close: () => database.close() };
}

export const askedQuestion = "How long does it take for the Top Rated badge to appear once I qualify?";

export function incoming(overrides: Partial<IncomingThreadMessage> = {}): IncomingThreadMessage {
  return {
    ...community,
    channelId: "forum-1",
    channelKind: "forum",
    threadId: "thread-1",
    messageId: "message-1",
    authorId: "asker-1",
    authorName: "Ana",
    authorIsBot: false,
    isThreadStart: true,
    mentionsBot: false,
    text: askedQuestion,
    ...overrides,
  };
}
