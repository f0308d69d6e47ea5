import { seedStarterPackIfEmpty } from "../../src/content/seed-starter-pack.js";
import type { IncomingThreadMessage } from "../../src/core/faq/thread-reply-types.js";
import { FaqSearch } from "../../src/services/faq-search.js";
import { ThreadReplies } from "../../src/services/thread-replies.js";
import { type OpenDatabase, openDatabase } from "../../src/storage/sqlite/open-database.js";
import { createSqliteStores } from "../../src/storage/sqlite/sqlite-stores.js";

export const seededAt = new Date("2026-11-01T00:00:00Z");
export const community = { platform: "discord" as const, communityId: "guild-1" };

/** The real thread-reply path over a real database (":memory:" or a file) with the starter pack. */
export async function threadReplyHarness(path = ":memory:", idPrefix = "r") {
  const database: OpenDatabase = openDatabase(path);
  const stores = createSqliteStores(database, { clock: () => seededAt });
  const { faq, settings } = stores;
  await seedStarterPackIfEmpty(faq, seededAt);
  let counter = 0;
  const search = new FaqSearch(faq.candidates);
  const service = new ThreadReplies(stores.threadReplies, search, settings, {
    newReplyId: () => `${idPrefix}${++counter}`,
  });
  return { database, stores, faq, search, settings, service, close: () => database.close() };
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
