import type { Actor } from "../core/actor.js";
import type { CommunitySettings } from "../core/community-settings.js";
import { type ClaimLease, claimLease } from "../core/faq/claim-lease.js";
import { middleBandOffer } from "../core/faq/middle-band.js";
import type { RankedMatch } from "../core/faq/rank-candidates.js";
import { renderMiddleBandOffer, renderOfferedAnswer } from "../core/faq/render-middle-band.js";
import { ruleChangeDates } from "../core/faq/rule-change-dates.js";
import type {
  IncomingThreadMessage,
  SilenceReason,
  ThreadAnswerRecord,
  ThreadReplyOutcome,
} from "../core/faq/thread-reply-types.js";
import type { ScannedFaqCandidate } from "../core/faq/types.js";
import { storedQuestionText, wordingKey } from "../core/faq/wording-key.js";
import { problem, type Reply } from "../core/reply.js";
import type { FaqEntryStore } from "../ports/faq-entry-store.js";
import type { FaqWordingDemotions } from "../ports/faq-wording-demotions.js";
import type { ThreadClaim, ThreadReplyStore } from "../ports/thread-reply-store.js";

/** What the middle band and the feedback learning need from the FAQ. */
export interface LearningStores {
  entries: Pick<FaqEntryStore, "getBySlug">;
  demotions: Pick<FaqWordingDemotions, "demote">;
}

/** Silences the middle band may turn into an offer: the matcher found something, just not surely. */
const OFFERABLE: readonly SilenceReason[] = ["low-confidence", "ambiguous"];

export interface OfferRequest {
  replyId: string;
  community: string;
  message: IncomingThreadMessage;
  reason: SilenceReason;
  ranked: readonly RankedMatch<ScannedFaqCandidate>[];
  settings: Pick<CommunitySettings, "shadowMode" | "shadowChannels" | "channelCooldownSeconds">;
  now: Date;
  /** This instance's lease on the claim, if the offer is going to be posted (see postingLease). */
  lease: ClaimLease;
}

/**
 * The lease a claim carries: none when nothing is going to be posted (a shadow answer with no
 * moderators' channel), so that such a claim is never "abandoned" and taken over again.
 */
export function postingLease(lease: ClaimLease, shadow: boolean, shadowChannelId: string | null) {
  return shadow && shadowChannelId === null ? null : lease;
}

/**
 * The holder's renewal just before its post (ThreadReplyService.renewBeforePost). A claim with no
 * lease has no other instance competing for it: nothing is posted, or it predates leases.
 */
export function renewPostingLease(
  store: Pick<ThreadReplyStore, "renewClaim">,
  post: { replyId: string; lease: ClaimLease | null },
  leaseSeconds: number,
  now: Date,
): Promise<boolean> {
  if (!post.lease) return Promise.resolve(true);
  const renewed = claimLease(post.lease.holder, leaseSeconds, now);
  return store.renewClaim(post.replyId, post.lease, renewed, now);
}

/**
 * The middle band: when a silence is only a matter of confidence, the likeliest entries are
 * offered as buttons instead, if together they are likely enough (middleBandOffer). The offer
 * claims the thread like an answer does (once per thread, the same cooldown), so it is never
 * posted twice and never beside an answer.
 */
export async function offerInsteadOfSilence(
  store: Pick<ThreadReplyStore, "claimThread">,
  request: OfferRequest,
  middleBandThreshold: number,
): Promise<ThreadReplyOutcome | null> {
  if (!OFFERABLE.includes(request.reason)) return null;
  // The decision already said "not sure enough to answer" (a small margin included), so the offer
  // is judged on its entries' combined chance alone.
  const offer = middleBandOffer(request.ranked, Number.POSITIVE_INFINITY, middleBandThreshold);
  if (!offer) return null;
  const { message, settings } = request;
  const shadow = settings.shadowMode;
  const shadowChannelId = settings.shadowChannels[message.platform] ?? null;
  const best = offer.entries[0];
  if (!best) return null;
  const lease = postingLease(request.lease, shadow, shadowChannelId);
  const claim = await store.claimThread({
    answer: answerRow({
      replyId: request.replyId,
      community: request.community,
      message,
      shadow,
      shadowChannelId,
      slug: best.slug,
      confidence: best.confidence,
      offeredSlugs: offer.entries.map((entry) => entry.slug),
      now: request.now,
    }),
    autoAnswer: !message.mentionsBot,
    cooldownSeconds: settings.channelCooldownSeconds,
    now: request.now,
    lease,
  });
  if (claim.kind !== "open") return null;
  // A takeover posts under the abandoned claim's reply id (ThreadClaimVerdict says why).
  const { replyId } = claim;
  const questions = new Map(request.ranked.map((match) => [match.entry.slug, match.entry.question]));
  const offered = offer.entries.map((entry) => ({
    ...entry,
    question: questions.get(entry.slug) ?? entry.slug,
  }));
  const reply = renderMiddleBandOffer({
    replyId,
    offered,
    shadow,
    asker: { id: message.authorId, name: message.authorName },
    question: { channelId: message.channelId, threadId: message.threadId, messageId: message.messageId },
  });
  return {
    kind: "thread_offer",
    replyId,
    reason: request.reason,
    offered: offer.entries,
    reply,
    target: shadow
      ? { kind: "shadow", channelId: shadowChannelId }
      : { kind: "thread", channelId: message.channelId, threadId: message.threadId },
    lease,
  };
}

/**
 * A click on an offer's button: the entry at that position of that offer, read from the
 * clicker's own community (never from the button id), shown privately, and the click counted.
 */
export async function openOfferedEntry(
  store: Pick<ThreadReplyStore, "findAnswer" | "insertOfferClick">,
  entries: LearningStores["entries"],
  click: { replyId: string; position: number; actor: Actor; now: Date },
): Promise<Reply> {
  const gone = problem("not-found", "This suggestion is no longer available. Ask again in a new thread.", {
    replyId: click.replyId,
  });
  const answer = await store.findAnswer(click.replyId);
  if (!answer || answer.communityId !== click.actor.communityId) return gone;
  const slug = answer.offeredSlugs[click.position];
  if (slug === undefined) return gone;
  const entry = await entries.getBySlug(click.actor.communityId, slug);
  if (entry?.status !== "published") return gone;
  const firstClick = await store.insertOfferClick(answer.id, click.actor.userId, slug, click.now);
  const today = click.now.toISOString().slice(0, 10);
  return renderOfferedAnswer(
    entry,
    { replyId: click.replyId, position: click.position, firstClick },
    today,
    ruleChangeDates(today),
  );
}

/**
 * The asker's own "Not helpful" on an answer teaches two things: that entry is left out for that
 * wording from now on (the search reads the demotion), and the question goes on the moderators'
 * unanswered list (reason "not-helpful"), where /faq teach can give it the right entry.
 */
export async function learnFromNotHelpful(
  store: Pick<ThreadReplyStore, "recordUnanswered">,
  demotions: LearningStores["demotions"],
  answer: ThreadAnswerRecord,
  actor: Actor,
  now: Date,
): Promise<void> {
  if (actor.userId !== answer.askerId || answer.offeredSlugs.length > 0 || !answer.questionText) return;
  const normalisedText = wordingKey(answer.questionText);
  await demotions.demote(answer.communityId, normalisedText, answer.slug, now);
  await store.recordUnanswered({
    communityId: answer.communityId,
    platform: answer.platform,
    spaceId: answer.spaceId,
    channelId: answer.channelId,
    threadId: answer.threadId,
    messageId: answer.questionMessageId,
    authorId: answer.askerId,
    text: answer.questionText,
    normalisedText,
    reason: "not-helpful",
    bestSlug: answer.slug,
    bestConfidence: answer.confidence,
    createdAt: now.toISOString(),
  });
}

/** The row a claimed thread leaves, whether it got an answer or "Might help" offers. */
export function answerRow(row: {
  replyId: string;
  community: string;
  message: IncomingThreadMessage;
  /** Shadow mode: the answer goes to the moderators' channel (if one is set), never the thread. */
  shadow: boolean;
  shadowChannelId: string | null;
  slug: string;
  confidence: number;
  offeredSlugs: string[];
  now: Date;
}): ThreadClaim["answer"] {
  const { message } = row;
  const { shadow } = row;
  return {
    replyId: row.replyId,
    communityId: row.community,
    platform: message.platform,
    spaceId: message.spaceId,
    channelId: message.channelId,
    threadId: message.threadId,
    questionMessageId: message.messageId,
    askerId: message.authorId,
    decision: shadow ? "shadow" : "posted",
    slug: row.slug,
    confidence: row.confidence,
    targetChannelId: shadow ? row.shadowChannelId : message.channelId,
    questionText: storedQuestionText(message.text),
    offeredSlugs: row.offeredSlugs,
    createdAt: row.now.toISOString(),
  };
}
