import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Actor, Platform } from "../core/actor.js";
import type { CommunityId } from "../core/community.js";
import { mightHelpOn } from "../core/community-settings.js";
import { type ClaimLease, claimLease, DEFAULT_CLAIM_LEASE_SECONDS } from "../core/faq/claim-lease.js";
import { autoAnswersOn, decideThreadReply, type MatchVerdictInput } from "../core/faq/decide-thread-reply.js";
import { detectLanguage, readsAsEnglish } from "../core/faq/detect-language.js";
import { isQuestion } from "../core/faq/is-question.js";
import { MIDDLE_BAND_THRESHOLD } from "../core/faq/middle-band.js";
import type { RankedMatch } from "../core/faq/rank-candidates.js";
import { renderThreadReply } from "../core/faq/render-thread-reply.js";
import { ruleChangeDates } from "../core/faq/rule-change-dates.js";
import type {
  FeedbackVerdict,
  IncomingThreadMessage,
  MatchSummary,
  ThreadReplyOutcome,
  ThreadReplyStats,
} from "../core/faq/thread-reply-types.js";
import type { ScannedFaqCandidate } from "../core/faq/types.js";
import type { Reply } from "../core/reply.js";
import type { MarketplaceId } from "../core/rules/marketplace-id.js";
import type { FaqSearch } from "../ports/faq-search.js";
import type { MemberLimitStore } from "../ports/member-limit-store.js";
import type { CommunityDirectory } from "../ports/services.js";
import type { SettingsStore } from "../ports/settings-store.js";
import type { DismissOutcome, ThreadReplyService } from "../ports/thread-replies.js";
import type { LapsedClaim, ThreadReplyStore } from "../ports/thread-reply-store.js";
import { checkMemberLimit } from "./member-flood-limit.js";
import { recordUnansweredQuestion } from "./record-unanswered-question.js";
import {
  answerRow,
  type LearningStores,
  learnFromNotHelpful,
  offerInsteadOfSilence,
  openOfferedEntry,
  postingLease,
  renewPostingLease,
} from "./thread-reply-learning.js";

/** The best match and the two after it: the middle band offers up to three. */
const OFFER_RELATED = 2;

export interface ThreadRepliesOptions {
  /** Makes reply ids; tests pass a counter. Defaults to random UUIDs. */
  newReplyId?: () => string;
  /** The middle band's threshold (the committed model's by default; the eval passes each fold's). */
  middleBandThreshold?: number;
  /** The entry's public page ("Read on the web"), when its community has one. */
  webPageOf?: (community: CommunityId, slug: string) => Promise<string | null>;
  /** The per-member flood limits; absent, nobody is limited (the eval replays one author's messages). */
  memberLimits?: Pick<MemberLimitStore, "takeAllowance">;
  /** Names this process in the claims it holds. Defaults to hostname, process id and a random part. */
  instanceId?: string;
  /** How long a claim waits for its post before another instance may take it over (seconds). */
  claimLeaseSeconds?: number;
}

/**
 * The one thread-reply path every adapter calls. The pure decision (src/core/faq) says whether
 * the message deserves an answer; then, in one write transaction, the thread is claimed with its
 * unique key and the channel's cooldown is checked and advanced. Only a caller whose claim landed
 * gets a reply to post, so duplicate deliveries, restarts and a second process stay silent.
 */
export class ThreadReplies implements ThreadReplyService {
  private readonly newReplyId: () => string;
  private readonly middleBandThreshold: number;
  private readonly webPageOf: (community: CommunityId, slug: string) => Promise<string | null>;
  private readonly memberLimits: Pick<MemberLimitStore, "takeAllowance"> | null;
  private readonly instanceId: string;
  private readonly claimLeaseSeconds: number;

  constructor(
    private readonly store: ThreadReplyStore,
    private readonly search: FaqSearch,
    private readonly settings: Pick<SettingsStore, "get">,
    private readonly communities: Pick<CommunityDirectory, "communityOf">,
    private readonly faq: LearningStores,
    options: ThreadRepliesOptions = {},
  ) {
    this.newReplyId = options.newReplyId ?? randomUUID;
    this.middleBandThreshold = options.middleBandThreshold ?? MIDDLE_BAND_THRESHOLD;
    this.webPageOf = options.webPageOf ?? (async () => null);
    this.memberLimits = options.memberLimits ?? null;
    this.instanceId = options.instanceId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.claimLeaseSeconds = options.claimLeaseSeconds ?? DEFAULT_CLAIM_LEASE_SECONDS;
  }

  private lease(now: Date): ClaimLease {
    return claimLease(this.instanceId, this.claimLeaseSeconds, now);
  }

  async handle(message: IncomingThreadMessage, now: Date): Promise<ThreadReplyOutcome> {
    // The space's community decides everything below: its FAQ answers, its settings apply.
    const community = await this.communities.communityOf(message, now);
    const settings = await this.settings.get(community);
    // English question forms say nothing about another language: such a post counts as a question,
    // and the matcher's language gate decides whether it can be read.
    const foreign = !readsAsEnglish(detectLanguage(message.text));
    const readsAsQuestion = !message.authorIsBot && (foreign || isQuestion(message.text));
    // Matching is the costly part; it is skipped when nothing would be answered or recorded anyway:
    // a question the bot was asked, or an opening post where auto-answers are on.
    const autoAnswerPost = message.isThreadStart && autoAnswersOn(settings, message);
    const worthMatching = readsAsQuestion && (message.mentionsBot || autoAnswerPost);
    if (worthMatching) {
      const limited = await checkMemberLimit(this.memberLimits, community, message, settings, now);
      if (limited) return limited;
    }
    const matched = worthMatching ? await this.match(community, message.text, settings.marketplace) : null;
    const best = matched?.best ?? null;
    const decision = decideThreadReply({
      message,
      settings,
      readsAsQuestion,
      languageReadable: matched?.readable ?? !foreign,
      best: best?.verdict ?? null,
    });
    const bestSummary = best ? summary(best.verdict) : null;

    if (decision.kind === "silent") {
      if (decision.recordAsUnanswered) {
        await recordUnansweredQuestion(this.store, community, message, decision.reason, bestSummary, now);
      }
      const offer =
        matched && mightHelpOn(settings, message.channelId)
          ? await offerInsteadOfSilence(
              this.store,
              {
                replyId: this.newReplyId(),
                community,
                message,
                reason: decision.reason,
                ranked: matched.ranked,
                settings,
                now,
                lease: this.lease(now),
              },
              this.middleBandThreshold,
            )
          : null;
      return offer ?? { kind: "silent", reason: decision.reason, best: bestSummary };
    }
    const entry = best?.entry;
    if (!entry) return { kind: "silent", reason: "low-confidence", best: bestSummary };

    const shadow = settings.shadowMode;
    // The moderators' channel of this platform: a linked community has one on each side.
    const shadowChannelId = settings.shadowChannels[message.platform] ?? null;
    // A takeover makes this the claim's lease too: it is the token renewBeforePost checks.
    const lease = postingLease(this.lease(now), shadow, shadowChannelId);
    const claim = await this.store.claimThread({
      answer: answerRow({
        replyId: this.newReplyId(),
        community,
        message,
        shadow,
        shadowChannelId,
        slug: entry.slug,
        confidence: decision.confidence,
        offeredSlugs: [],
        now,
      }),
      autoAnswer: decision.autoAnswer,
      cooldownSeconds: settings.channelCooldownSeconds,
      now,
      lease,
    });

    if (claim.kind === "duplicate-delivery")
      return { kind: "silent", reason: "already-answered", best: bestSummary };
    if (claim.kind === "closed") {
      await recordUnansweredQuestion(this.store, community, message, claim.reason, bestSummary, now);
      return { kind: "silent", reason: claim.reason, best: bestSummary };
    }
    // A takeover posts under the abandoned claim's reply id (ThreadClaimVerdict says why).
    const { replyId } = claim;
    const reply = renderThreadReply({
      replyId,
      entry,
      confidence: decision.confidence,
      shadow,
      asker: { id: message.authorId, name: message.authorName },
      question: { channelId: message.channelId, threadId: message.threadId, messageId: message.messageId },
      today: now.toISOString().slice(0, 10),
      ruleChanges: ruleChangeDates(now.toISOString().slice(0, 10)),
      // A shadow post goes to moderators: the link would only repeat what they can open anyway.
      webPage: shadow ? null : await this.webPageOf(community, entry.slug),
    });
    return {
      kind: "thread_reply",
      replyId,
      faq: { slug: entry.slug },
      confidence: decision.confidence,
      reply,
      target: shadow
        ? { kind: "shadow", channelId: shadowChannelId }
        : { kind: "thread", channelId: message.channelId, threadId: message.threadId },
      lease,
    };
  }

  lapsedClaims(platform: Platform, now: Date, limit: number): Promise<LapsedClaim[]> {
    return this.store.listLapsedClaims(platform, now, limit);
  }

  async recordDelivery(replyId: string, postedMessageId: string): Promise<boolean> {
    return (await this.store.setPostedMessageId(replyId, postedMessageId)) === postedMessageId;
  }

  renewBeforePost(post: { replyId: string; lease: ClaimLease | null }, now: Date): Promise<boolean> {
    return renewPostingLease(this.store, post, this.claimLeaseSeconds, now);
  }

  async recordFeedback(
    replyId: string,
    actor: Actor,
    verdict: FeedbackVerdict,
    now: Date,
  ): Promise<"recorded" | "already-recorded" | "not-found"> {
    const answer = await this.store.findAnswer(replyId);
    if (!answer || answer.communityId !== actor.communityId) return "not-found";
    if (!(await this.store.insertFeedback(answer.id, actor.userId, verdict, now))) return "already-recorded";
    if (verdict === "not-helpful")
      await learnFromNotHelpful(this.store, this.faq.demotions, answer, actor, now);
    return "recorded";
  }

  openOffer(replyId: string, position: number, actor: Actor, now: Date): Promise<Reply> {
    return openOfferedEntry(this.store, this.faq.entries, { replyId, position, actor, now });
  }

  async dismiss(replyId: string, actor: Actor, now: Date): Promise<DismissOutcome> {
    const answer = await this.store.findAnswer(replyId);
    if (!answer || answer.communityId !== actor.communityId) {
      return { kind: "not-found" };
    }
    if (actor.userId !== answer.askerId && !actor.isModerator) return { kind: "not-allowed" };
    // The asker removing their own answer is their business; a moderator removing someone
    // else's is moderation, and is audited like every other moderator action.
    const asModerator = actor.userId !== answer.askerId;
    await this.store.markDismissed(replyId, actor.userId, now, asModerator ? actor : undefined);
    const channelId = answer.targetChannelId ?? answer.channelId;
    return answer.decision === "posted"
      ? { kind: "dismissed", channelId, threadId: answer.threadId, postedMessageId: answer.postedMessageId }
      : { kind: "dismissed", channelId, postedMessageId: answer.postedMessageId };
  }

  stats(community: CommunityId, topUnansweredLimit: number): Promise<ThreadReplyStats> {
    return this.store.stats(community, topUnansweredLimit);
  }

  private async match(
    community: CommunityId,
    text: string,
    marketplace: MarketplaceId,
  ): Promise<{
    readable: boolean;
    best: { entry: ScannedFaqCandidate; verdict: MatchVerdictInput } | null;
    ranked: RankedMatch<ScannedFaqCandidate>[];
  }> {
    const { best, related, language } = await this.search.search(community, text, OFFER_RELATED, marketplace);
    if (!best) return { readable: language.readable, best: null, ranked: [] };
    return {
      readable: language.readable,
      ranked: [best, ...related],
      best: {
        entry: best.entry,
        verdict: {
          slug: best.entry.slug,
          confidence: best.confidence,
          standaloneConfidence: best.standaloneConfidence,
          margin: best.margin,
        },
      },
    };
  }
}

function summary(verdict: MatchVerdictInput): MatchSummary {
  return { slug: verdict.slug, confidence: verdict.confidence };
}
