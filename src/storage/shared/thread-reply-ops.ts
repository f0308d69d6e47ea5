import { type Column, count, desc, max, type SQL } from "drizzle-orm";
import type {
  FeedbackVerdict,
  NewThreadAnswer,
  ThreadAnswerRecord,
  UnansweredQuestionRecord,
} from "../../core/faq/thread-reply-types.js";
import type { LapsedClaim } from "../../ports/thread-reply-store.js";
import type { Answer } from "./engine-steps.js";

/** The columns of either engine's thread-reply tables the shared clauses are built on. */
export interface ThreadReplyTables {
  threadAnswers: Record<
    | "id"
    | "communityId"
    | "platform"
    | "spaceId"
    | "channelId"
    | "threadId"
    | "questionMessageId"
    | "replyId"
    | "slug"
    | "postedMessageId"
    | "leaseExpiresAt"
    | "dismissedAt",
    Column
  >;
  channelAnswerTimes: Record<"platform" | "spaceId" | "channelId", Column>;
  unansweredQuestions: Record<"communityId" | "reason" | "text" | "createdAt" | "normalisedText", Column>;
  threadFeedback: Record<"answerId" | "verdict", Column>;
  threadOfferClicks: Record<"answerId", Column>;
}

/**
 * What both engines select for a claim, a lapsed-claim sweep and the top unanswered questions, and
 * how they upsert a channel's last answer time.
 */
export function threadReplySelections<Tables extends ThreadReplyTables>(tables: Tables) {
  const { threadAnswers: answers, unansweredQuestions: questions, channelAnswerTimes: times } = tables;
  const target: [
    Tables["channelAnswerTimes"]["platform"],
    Tables["channelAnswerTimes"]["spaceId"],
    Tables["channelAnswerTimes"]["channelId"],
  ] = [times.platform, times.spaceId, times.channelId];
  return {
    claimed: {
      messageId: answers.questionMessageId as Tables["threadAnswers"]["questionMessageId"],
      replyId: answers.replyId as Tables["threadAnswers"]["replyId"],
      postedMessageId: answers.postedMessageId as Tables["threadAnswers"]["postedMessageId"],
      leaseExpiresAt: answers.leaseExpiresAt as Tables["threadAnswers"]["leaseExpiresAt"],
    },
    lapsed: {
      spaceId: answers.spaceId as Tables["threadAnswers"]["spaceId"],
      channelId: answers.channelId as Tables["threadAnswers"]["channelId"],
      threadId: answers.threadId as Tables["threadAnswers"]["threadId"],
      questionMessageId: answers.questionMessageId as Tables["threadAnswers"]["questionMessageId"],
    },
    top: {
      text: max(questions.text) as SQL<string | null>,
      count: count(),
      reason: max(questions.reason) as SQL<string | null>,
      lastAskedAt: max(questions.createdAt) as SQL<string | null>,
    },
    topOrder: [desc(count()), desc(max(questions.createdAt))],
    /** A channel's last answer time is one row: answering again moves it (and its community) on. */
    channelUpsert: (row: ChannelAnswerTime) => ({
      target,
      set: { lastAnsweredAt: row.lastAnsweredAt, communityId: row.communityId },
    }),
  };
}

type LeaseColumns = { claimedBy: string | null; leaseExpiresAt: string | null };
type ChannelAnswerTime = Pick<NewThreadAnswer, "communityId" | "platform" | "spaceId" | "channelId"> & {
  lastAnsweredAt: string;
};
type ClaimedAnswer = {
  messageId: string;
  replyId: string;
  postedMessageId: string | null;
  leaseExpiresAt: string | null;
};
type TopRow = { text: string | null; count: number; reason: string | null; lastAskedAt: string | null };
type Counted<Key extends string> = Record<Key, string> & { n: number };

/** The engine calls the thread-reply store makes; the clauses come built, on the engine's `tables`. */
export interface ThreadReplyOps {
  readonly tables: ThreadReplyTables;
  /** The engine's SQL for "offered buttons instead of an answer" (an offered-slugs list other than []). */
  readonly isOffer: SQL;
  claimedAnswer(where: SQL | undefined): Answer<ClaimedAnswer | undefined>;
  /** Updates the answer rows the clause finds; how many it changed. */
  updateAnswers(
    set: Partial<NewThreadAnswer & LeaseColumns & { postedMessageId: string }>,
    where: SQL | undefined,
  ): Answer<number>;
  lastChannelAnswer(where: SQL | undefined): Answer<string | undefined>;
  /** Inserts the answer unless the unique key already has one for the thread; whether it did. */
  insertAnswer(row: NewThreadAnswer & LeaseColumns): Answer<boolean>;
  touchChannel(row: ChannelAnswerTime): Answer<unknown>;
  insertUnanswered(question: UnansweredQuestionRecord): Answer<unknown>;
  answerWhere(where: SQL | undefined): Answer<ThreadAnswerRecord | undefined>;
  lapsedClaims(where: SQL | undefined, limit: number): Answer<LapsedClaim[]>;
  /** A member's one verdict or click on an answer (the unique key drops a repeat); whether it was new. */
  insertFeedback(row: {
    answerId: number;
    userId: string;
    verdict: FeedbackVerdict;
    createdAt: string;
  }): Answer<boolean>;
  insertOfferClick(row: {
    answerId: number;
    userId: string;
    slug: string;
    createdAt: string;
  }): Answer<boolean>;
  /** Marks the answers the clause finds dismissed; the one it changed, if any. */
  dismiss(
    set: { dismissedAt: string; dismissedBy: string },
    where: SQL | undefined,
  ): Answer<{ communityId: string; slug: string } | undefined>;
  countAnswers(where: SQL | undefined): Answer<number>;
  countOfferClicks(where: SQL | undefined): Answer<number>;
  verdictCounts(where: SQL | undefined): Answer<Counted<"verdict">[]>;
  reasonCounts(where: SQL | undefined): Answer<Counted<"reason">[]>;
  topUnanswered(where: SQL | undefined, limit: number): Answer<TopRow[]>;
}
