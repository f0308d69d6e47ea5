import type { CommunityId } from "../core/community.js";
import type { CommunitySettings } from "../core/community-settings.js";
import type { IncomingThreadMessage, ThreadReplyOutcome } from "../core/faq/thread-reply-types.js";
import { memberLimitFor, slowDownNotice } from "../core/member-limits.js";
import type { MemberLimitStore } from "../ports/member-limit-store.js";

/**
 * The member's flood limit for a message addressed to the bot, counted in the store (every
 * process shares it). Past it: one private "slow down" notice per window, then silence, and
 * nothing is recorded. Null means go on.
 */
export async function checkMemberLimit(
  limits: Pick<MemberLimitStore, "takeAllowance"> | null,
  community: CommunityId,
  message: IncomingThreadMessage,
  settings: CommunitySettings,
  now: Date,
): Promise<ThreadReplyOutcome | null> {
  if (!limits) return null;
  const limit = memberLimitFor(settings, message.mentionsBot ? "mention" : "auto-answer");
  if (limit.limit <= 0) return null;
  const allowance = await limits.takeAllowance(
    {
      community,
      platform: message.platform,
      spaceId: message.spaceId,
      memberId: message.authorId,
      activity: limit.activity,
      eventKey: `message:${message.messageId}`,
    },
    limit,
    now,
  );
  if (allowance.kind === "allowed") return null;
  if (!allowance.notify) return { kind: "silent", reason: "member-limit", best: null };
  return {
    kind: "slow_down",
    reason: "member-limit",
    memberId: message.authorId,
    reply: slowDownNotice(limit, allowance.retryAfterSeconds),
    where: { channelId: message.channelId, threadId: message.threadId, messageId: message.messageId },
  };
}
