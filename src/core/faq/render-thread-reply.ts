import { message, type Reply, type ReplyAction } from "../reply.js";
import { readOnTheWeb } from "../web-link.js";
import { entryFreshness } from "./entry-freshness.js";
import { formatConfidence } from "./format-confidence.js";
import { ASKER_MENTION_PLACEHOLDER, type ThreadReplyData } from "./thread-reply-types.js";

export interface ThreadReplyEntry {
  slug: string;
  question: string;
  answer: string;
  sources: readonly string[];
  /** ISO timestamp of the entry's last content change. */
  updatedAt: string;
  reviewBy: string | null;
  /** Ruleset criteria the answer relies on (for the "a rule it cites changed" caveat). */
  criteria?: readonly string[];
}

export interface RenderThreadReplyInput {
  replyId: string;
  entry: ThreadReplyEntry;
  confidence: number;
  shadow: boolean;
  asker: { id: string; name: string };
  question: { channelId: string; threadId: string; messageId: string };
  /** YYYY-MM-DD of the reply (core reads no clock): an entry past its review-by date gets a caveat. */
  today: string;
  /** criterionChangeDates() of the rulesets; absent means no rule-change caveat. */
  ruleChanges?: ReadonlyMap<string, string>;
  /** The entry's public web page when its community has one ("Read on the web"). */
  webPage?: string | null;
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
 * ASKER_MENTION_PLACEHOLDER), then the FAQ answer as the moderators wrote it, its sources, when
 * the entry last changed and when it is due for review (with a caveat once that has passed or a
 * rule it cites has changed), and how well the question matched ("match 87%": a measure of the
 * match, not of the facts). In shadow mode it is addressed to moderators instead and mentions
 * nobody. The adapters escape every text when they render it, so nothing here pings anyone.
 */
export function renderThreadReply(input: RenderThreadReplyInput): Reply<ThreadReplyData> {
  const { entry, shadow } = input;
  const freshness = entryFreshness(
    { updatedAt: entry.updatedAt, reviewBy: entry.reviewBy, criteria: entry.criteria ?? [] },
    input.today,
    input.ruleChanges,
  );
  const asOf = freshness.lastChanged;
  const caveat = freshness.caveat === null ? "" : `\n\n${freshness.caveat}`;
  const answer = `${entry.answer}${caveat}`;
  const body = shadow
    ? `Shadow mode: the bot would have answered **${input.asker.name}** in their thread with:\n\n${answer}`
    : `${ASKER_MENTION_PLACEHOLDER} ${answer}`;
  const footerParts = [freshness.label, `FAQ: ${entry.slug}`, `match ${formatConfidence(input.confidence)}`];
  if (!shadow) footerParts.push("not official Upwork advice");
  return message<ThreadReplyData>({
    title: entry.question,
    body,
    sources: [...entry.sources],
    footer: footerParts.join(" · "),
    actions: threadReplyActions(input.replyId),
    links: readOnTheWeb(input.webPage ?? null),
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
