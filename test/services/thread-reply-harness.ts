import type { IncomingThreadMessage } from "../../src/core/faq/thread-reply-types.js";
import { openTestBot } from "../support/test-bot.js";

export const seededAt = new Date("2026-11-01T00:00:00Z");
/** The Discord server the messages come from, and the community it belongs to. */
export const space = { platform: "discord" as const, spaceId: "guild-1" };
export const community = "discord-guild-1";
export const moderatorActor = { ...space, userId: "mod" };

/** The real thread-reply path over a real database (":memory:" or a file) with the starter pack. */
export async function threadReplyHarness(path = ":memory:", idPrefix = "r") {
  let counter = 0;
  const { database, stores, bot, close } = openTestBot({
    path,
    clock: () => seededAt,
    newReplyId: () => `${idPrefix}${++counter}`,
  });
  // The server's community exists (with the starter pack) before its first message, as on a bot
  // that has been running for a while.
  await bot.communities.communityOf(space, seededAt);
  const view = bot.forCommunity(community);
  return {
    database,
    stores,
    bot,
    view,
    faq: view.faq,
    settings: view.settings,
    service: bot.threadReplies,
    close,
  };
}

export const askedQuestion = "How long does it take for the Top Rated badge to appear once I qualify?";

export function incoming(overrides: Partial<IncomingThreadMessage> = {}): IncomingThreadMessage {
  return {
    ...space,
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
