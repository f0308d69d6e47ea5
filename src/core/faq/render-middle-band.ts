import { message, type Reply, type ReplyAction } from "../reply.js";
import { entryFreshness } from "./entry-freshness.js";
import { formatConfidence } from "./format-confidence.js";
import type { ThreadReplyEntry } from "./render-thread-reply.js";
import { ASKER_MENTION_PLACEHOLDER, THREAD_ACTION_PREFIX } from "./thread-reply-types.js";

/** One entry of a middle-band offer, as the buttons show it. */
export interface OfferedEntry {
  slug: string;
  question: string;
  confidence: number;
}

export interface MiddleBandOfferData {
  replyId: string;
  /** The asker to mention in place of ASKER_MENTION_PLACEHOLDER; null in shadow mode. */
  askerId: string | null;
  offered: OfferedEntry[];
  shadow: boolean;
  question: { channelId: string; threadId: string; messageId: string; authorName: string };
}

export interface RenderOfferInput {
  replyId: string;
  offered: readonly OfferedEntry[];
  shadow: boolean;
  asker: { id: string; name: string };
  question: { channelId: string; threadId: string; messageId: string };
}

/** `thread:offer:<replyId>:<position>`: the click names a position of this offer, never an entry. */
export function offerActionId(replyId: string, position: number): string {
  return `${THREAD_ACTION_PREFIX.offer}${replyId}:${position}`;
}

/** The position and reply of an offer button's id, or null for anything else. */
export function parseOfferActionId(id: string): { replyId: string; position: number } | null {
  const match = /^thread:offer:([^:]{1,80}):([0-9])$/.exec(id);
  return match?.[1] && match[2] ? { replyId: match[1], position: Number(match[2]) } : null;
}

/**
 * The middle band's thread reply: no answer, but one "Might help" button per likely entry. A click
 * shows that entry's answer to the clicker only (renderOfferedAnswer), so a wrong guess costs the
 * thread nothing. Dismiss removes the offer like an answer. In shadow mode moderators see it.
 */
export function renderMiddleBandOffer(input: RenderOfferInput): Reply<MiddleBandOfferData> {
  const lines = input.offered.map(
    (entry) => `- ${entry.question} (match ${formatConfidence(entry.confidence)})`,
  );
  const lead = input.shadow
    ? `Shadow mode: the bot was not sure enough to answer **${input.asker.name}**, and would have offered:`
    : `${ASKER_MENTION_PLACEHOLDER} I'm not sure enough to answer, but one of these might help. Each button shows its answer to you only.`;
  const actions: ReplyAction[] = input.offered.map((entry, position) => ({
    id: offerActionId(input.replyId, position),
    label: `Might help: ${entry.question}`,
    style: "secondary",
  }));
  actions.push({ id: `${THREAD_ACTION_PREFIX.dismiss}${input.replyId}`, label: "Dismiss", style: "danger" });
  return message<MiddleBandOfferData>({
    title: "Might help",
    body: `${lead}\n\n${lines.join("\n")}`,
    footer: `FAQ: ${input.offered.map((entry) => entry.slug).join(", ")}`,
    actions,
    visibility: "public",
    data: {
      replyId: input.replyId,
      askerId: input.shadow ? null : input.asker.id,
      offered: [...input.offered],
      shadow: input.shadow,
      question: { ...input.question, authorName: input.asker.name },
    },
  });
}

/** What a click on an offer shows, privately: the entry's answer, sources and freshness. */
export function renderOfferedAnswer(
  entry: ThreadReplyEntry,
  click: { replyId: string; position: number; firstClick: boolean },
  today: string,
  ruleChanges?: ReadonlyMap<string, string>,
): Reply {
  const freshness = entryFreshness(
    { updatedAt: entry.updatedAt, reviewBy: entry.reviewBy, criteria: entry.criteria ?? [] },
    today,
    ruleChanges,
  );
  const caveat = freshness.caveat === null ? "" : `\n\n${freshness.caveat}`;
  return message({
    title: entry.question,
    body: `${entry.answer}${caveat}`,
    sources: [...entry.sources],
    footer: [freshness.label, `FAQ: ${entry.slug}`, "only you can see this", "not official advice"].join(
      " · ",
    ),
    visibility: "private",
    data: {
      replyId: click.replyId,
      position: click.position,
      slug: entry.slug,
      firstClick: click.firstClick,
    },
  });
}
