import { forumThreadStart } from "../src/core/faq/thread-reply-types.js";
import type { BotServices } from "../src/ports/services.js";
import { evalSet } from "./eval-set.js";

/** Every bench's clock, so that review dates and retention windows fall the same in every run. */
export const benchNow = new Date("2026-11-26T12:00:00Z");

/**
 * One whole thread-reply decision on a fresh forum thread in the console space (which maps to the
 * console community holding the bench's entries): the n-th eval message, each thread from its own
 * member. Members repeat nowhere: a member's seventh question in a window stops at the flood
 * limit before any matching, and the bench would time that shortcut instead of the decision.
 */
export async function decideBenchThread(bot: BotServices, threadId: string, n: number): Promise<void> {
  await bot.threadReplies.handle(
    forumThreadStart({
      platform: "console",
      spaceId: "console",
      channelId: "forum",
      threadId,
      messageId: `${threadId}-message`,
      authorId: `member-${threadId}`,
      authorName: "member",
      text: evalSet[n % evalSet.length]?.text ?? "?",
    }),
    benchNow,
  );
}
