import type { CommunityId } from "../core/community.js";
import type { IncomingThreadMessage, MatchSummary, SilenceReason } from "../core/faq/thread-reply-types.js";
import { storedQuestionText, wordingKey } from "../core/faq/wording-key.js";
import type { ThreadReplyStore } from "../ports/thread-reply-store.js";

/** A question the bot stayed silent on, kept for /faq unanswered with why and the nearest entry. */
export async function recordUnansweredQuestion(
  store: Pick<ThreadReplyStore, "recordUnanswered">,
  community: CommunityId,
  message: IncomingThreadMessage,
  reason: SilenceReason,
  best: MatchSummary | null,
  now: Date,
): Promise<void> {
  const text = storedQuestionText(message.text);
  await store.recordUnanswered({
    communityId: community,
    platform: message.platform,
    spaceId: message.spaceId,
    channelId: message.channelId,
    threadId: message.threadId,
    messageId: message.messageId,
    authorId: message.authorId,
    text,
    normalisedText: wordingKey(text),
    reason,
    bestSlug: best?.slug ?? null,
    bestConfidence: best?.confidence ?? null,
    createdAt: now.toISOString(),
  });
}
