import type { IncomingThreadMessage } from "../../core/faq/thread-reply-types.js";
import { decodeSlackEntities } from "./slack-text.js";

/** The fields of a Slack `message` or `app_mention` event that the thread-reply path reads. */
export interface SlackMessageEventFields {
  type: string;
  subtype?: string;
  channel?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts?: string;
  thread_ts?: string;
}

/**
 * Translates a Slack message into the platform-neutral thread message, or null for what is not a
 * person's new message: edits, deletions, joins and other subtypes, and anything a bot wrote
 * (the bot's own answers included), so that no work is spent on them.
 */
export function toIncomingThreadMessage(
  event: SlackMessageEventFields,
  where: { teamId: string; botUserId: string | undefined },
): IncomingThreadMessage | null {
  if (event.subtype !== undefined || event.bot_id !== undefined) return null;
  if (!event.channel || !event.user || !event.ts || event.text === undefined) return null;
  if (where.botUserId !== undefined && event.user === where.botUserId) return null;
  const threadId = event.thread_ts ?? event.ts;
  const mentionsBot =
    event.type === "app_mention" ||
    (where.botUserId !== undefined && event.text.includes(`<@${where.botUserId}>`));
  return {
    platform: "slack",
    spaceId: where.teamId,
    channelId: event.channel,
    channelKind: "text",
    threadId,
    messageId: event.ts,
    authorId: event.user,
    authorName: event.user,
    authorIsBot: false,
    isThreadStart: threadId === event.ts,
    mentionsBot,
    // Entities decoded so that "Fees &amp; taxes?" reads as typed; mentions are the matcher's to strip.
    text: decodeSlackEntities(event.text),
  };
}
