import { message, type Reply, type ReplyAction } from "../reply.js";
import { formatConfidence } from "./format-confidence.js";
import { neutraliseMentions } from "./neutralise-mentions.js";
import { ASKER_MENTION_PLACEHOLDER, type ThreadReplyData } from "./thread-reply-types.js";

export interface ThreadReplyEntry {
  slug: string;
  question: string;
  answer: string;
  sources: readonly string[];
  /** ISO timestamp of the entry's last content change. */
  updatedAt: string;
  reviewBy: string | null;
}

export interface RenderThreadReplyInput {
  replyId: string;
  entry: ThreadReplyEntry;
  confidence: number;
  shadow: boolean;
  asker: { id: string; name: string };
  question: { channelId: string; threadId: string; messageId: string };
}

export function threadReplyActions(replyId: string): ReplyAction[] {
  return [
    { id: `thread:helpful:${replyId}`, label: "Helpful", style: "success" },
    { id: `thread:not-helpful:${replyId}`, label: "Not helpful", style: "secondary" },
    { id: `thread:dismiss:${replyId}`, label: "Dismiss", style: "danger" },
  ];
}

/**
 * The answer as posted in the thread: it opens with the asker placeholder (see
 * ASKER_MENTION_PLACEHOLDER), then the FAQ answer with every other mention neutralised, its sources
 * and the date the text dates from. In shadow mode it is addressed to moderators instead and pings
 * nobody.
 */
export function renderThreadReply(input: RenderThreadReplyInput): Reply<ThreadReplyData> {
  const { entry, shadow } = input;
  const asOf = entry.updatedAt.slice(0, 10);
  const answer = neutraliseMentions(entry.answer);
  const askerName = neutraliseMentions(input.asker.name);
  const body = shadow
    ? `Shadow mode: the bot would have answered **${askerName}** in their thread with:\n\n${answer}`
    : `${ASKER_MENTION_PLACEHOLDER} ${answer}`;
  const footerParts = [
    `As of ${asOf}`,
    `FAQ: ${entry.slug}`,
    `confidence ${formatConfidence(input.confidence)}`,
  ];
  if (!shadow) footerParts.push("not official Upwork advice");
  return message<ThreadReplyData>({
    title: neutraliseMentions(entry.question),
    body,
    sources: [...entry.sources],
    footer: footerParts.join(" · "),
    actions: threadReplyActions(input.replyId),
    visibility: "public",
    data: {
      replyId: input.replyId,
      askerId: shadow ? null : input.asker.id,
      slug: entry.slug,
      confidence: input.confidence,
      asOf,
      shadow,
      question: { ...input.question, authorName: input.asker.name },
    },
  });
}
