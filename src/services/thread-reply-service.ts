import { randomUUID } from "node:crypto";
import type { Actor } from "../command-kit/actor.js";
import {
  checkThreadGate,
  decideThreadReply,
  type MatchVerdictInput,
} from "../core/faq/decide-thread-reply.js";
import { detectLanguage, readsAsEnglish } from "../core/faq/detect-language.js";
import { isQuestion } from "../core/faq/is-question.js";
import { normaliseText } from "../core/faq/normalise-text.js";
import { renderThreadReply } from "../core/faq/render-thread-reply.js";
import { ruleChangeDates } from "../core/faq/rule-change-dates.js";
import type { ScannedFaqCandidate } from "../ports/faq-candidate-scan.js";
import type { CommunityKey, SettingsStore } from "../ports/settings-store.js";
import type {
  FeedbackVerdict,
  IncomingThreadMessage,
  MatchSummary,
  SilenceReason,
  ThreadReplyOutcome,
  ThreadReplyService,
  ThreadReplyStats,
} from "../ports/thread-replies.js";
import type { ThreadReplyStoreSqlite } from "../storage/thread-reply-store-sqlite.js";
import type { FaqSearch } from "./faq-search.js";

/** Longest question text kept in the unanswered list (a pasted log is not worth storing whole). */
const MAX_STORED_QUESTION_CHARS = 500;

export interface ThreadReplyServiceOptions {
  /** Makes reply ids; tests pass a counter. Defaults to random UUIDs. */
  newReplyId?: () => string;
}

/**
 * The one thread-reply path every adapter calls. The pure decision (src/core/faq) says whether
 * the message deserves an answer; then, in one write transaction, the thread is claimed with its
 * unique key and the channel's cooldown is checked and advanced. Only a caller whose claim landed
 * gets a reply to post, so duplicate deliveries, restarts and a second process stay silent.
 */
export class SqliteThreadReplyService implements ThreadReplyService {
  private readonly newReplyId: () => string;

  constructor(
    private readonly store: ThreadReplyStoreSqlite,
    private readonly search: FaqSearch,
    private readonly settings: Pick<SettingsStore, "get">,
    options: ThreadReplyServiceOptions = {},
  ) {
    this.newReplyId = options.newReplyId ?? randomUUID;
  }

  handle(message: IncomingThreadMessage, now: Date): ThreadReplyOutcome {
    const settings = this.settings.get({ platform: message.platform, communityId: message.communityId });
    // English question forms say nothing about another language: such a post counts as a question,
    // and the matcher's language gate decides whether it can be read.
    const foreign = !readsAsEnglish(detectLanguage(message.text));
    const readsAsQuestion = !message.authorIsBot && (foreign || isQuestion(message.text));
    // Matching is the costly part; it is skipped when nothing would be answered or recorded anyway.
    const worthMatching =
      readsAsQuestion && !message.authorIsBot && (message.isThreadStart || message.mentionsBot);
    const matched = worthMatching ? this.match(message.text) : null;
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
      if (decision.recordAsUnanswered) this.recordUnanswered(message, decision.reason, bestSummary, now);
      return { kind: "silent", reason: decision.reason, best: bestSummary };
    }
    const entry = best?.entry;
    if (!entry) return { kind: "silent", reason: "low-confidence", best: bestSummary };

    const replyId = this.newReplyId();
    const shadow = settings.shadowMode;
    const claim = this.store.inWriteTransaction(() => {
      const gate = checkThreadGate({
        answeredMessageId: this.store.answeredMessageId(message),
        messageId: message.messageId,
        lastChannelAnswerAt: this.store.lastChannelAnswerAt(message),
        cooldownSeconds: settings.channelCooldownSeconds,
        autoAnswer: decision.autoAnswer,
        now,
      });
      if (gate.kind !== "open") return gate;
      const inserted = this.store.insertAnswer({
        replyId,
        platform: message.platform,
        communityId: message.communityId,
        channelId: message.channelId,
        threadId: message.threadId,
        questionMessageId: message.messageId,
        askerId: message.authorId,
        decision: shadow ? "shadow" : "posted",
        slug: entry.slug,
        confidence: decision.confidence,
        targetChannelId: shadow ? settings.shadowChannelId : message.channelId,
        createdAt: now.toISOString(),
      });
      // The write lock makes a lost race impossible within SQLite, but the unique key has the last word.
      if (!inserted) return { kind: "closed" as const, reason: "already-answered" as const };
      if (decision.autoAnswer) this.store.touchChannel(message, now);
      return gate;
    });

    if (claim.kind === "duplicate-delivery")
      return { kind: "silent", reason: "already-answered", best: bestSummary };
    if (claim.kind === "closed") {
      this.recordUnanswered(message, claim.reason, bestSummary, now);
      return { kind: "silent", reason: claim.reason, best: bestSummary };
    }
    const reply = renderThreadReply({
      replyId,
      entry,
      confidence: decision.confidence,
      shadow,
      asker: { id: message.authorId, name: message.authorName },
      question: { channelId: message.channelId, threadId: message.threadId, messageId: message.messageId },
      today: now.toISOString().slice(0, 10),
      ruleChanges: ruleChangeDates(now.toISOString().slice(0, 10)),
    });
    return {
      kind: "thread_reply",
      replyId,
      faq: { slug: entry.slug },
      confidence: decision.confidence,
      reply,
      target: shadow
        ? { kind: "shadow", channelId: settings.shadowChannelId }
        : { kind: "thread", channelId: message.channelId, threadId: message.threadId },
    };
  }

  recordDelivery(replyId: string, postedMessageId: string): void {
    this.store.setPostedMessageId(replyId, postedMessageId);
  }

  recordFeedback(
    replyId: string,
    userId: string,
    verdict: FeedbackVerdict,
    now: Date,
  ): "recorded" | "already-recorded" | "not-found" {
    const answer = this.store.findByReplyId(replyId);
    if (!answer) return "not-found";
    return this.store.insertFeedback(answer.id, userId, verdict, now) ? "recorded" : "already-recorded";
  }

  dismiss(
    replyId: string,
    actor: Actor,
    now: Date,
  ):
    | { kind: "dismissed"; channelId: string; threadId?: string; postedMessageId: string | null }
    | { kind: "not-allowed" }
    | { kind: "not-found" } {
    const answer = this.store.findByReplyId(replyId);
    if (!answer || answer.platform !== actor.platform || answer.communityId !== actor.communityId) {
      return { kind: "not-found" };
    }
    if (actor.userId !== answer.askerId && !actor.isModerator) return { kind: "not-allowed" };
    this.store.markDismissed(replyId, actor.userId, now);
    const channelId = answer.targetChannelId ?? answer.channelId;
    return answer.decision === "posted"
      ? { kind: "dismissed", channelId, threadId: answer.threadId, postedMessageId: answer.postedMessageId }
      : { kind: "dismissed", channelId, postedMessageId: answer.postedMessageId };
  }

  stats(key: CommunityKey, topUnansweredLimit: number): ThreadReplyStats {
    return this.store.stats(key, topUnansweredLimit);
  }

  private match(text: string): {
    readable: boolean;
    best: { entry: ScannedFaqCandidate; verdict: MatchVerdictInput } | null;
  } {
    const { best, language } = this.search.search(text, 0);
    if (!best) return { readable: language.readable, best: null };
    return {
      readable: language.readable,
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

  private recordUnanswered(
    message: IncomingThreadMessage,
    reason: SilenceReason,
    best: MatchSummary | null,
    now: Date,
  ): void {
    const text = message.text.trim().slice(0, MAX_STORED_QUESTION_CHARS);
    this.store.recordUnanswered({
      platform: message.platform,
      communityId: message.communityId,
      channelId: message.channelId,
      threadId: message.threadId,
      messageId: message.messageId,
      authorId: message.authorId,
      text,
      normalisedText: normaliseText(text).slice(0, MAX_STORED_QUESTION_CHARS),
      reason,
      bestSlug: best?.slug ?? null,
      bestConfidence: best?.confidence ?? null,
      createdAt: now.toISOString(),
    });
  }
}

function summary(verdict: MatchVerdictInput): MatchSummary {
  return { slug: verdict.slug, confidence: verdict.confidence };
}
