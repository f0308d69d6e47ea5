import { count, desc, eq, sql } from "drizzle-orm";
import type { ThreadAnswerRecord } from "../../core/faq/thread-reply-types.js";
import { type ThreadReplyOps, threadReplySelections } from "../shared/thread-reply-ops.js";
import type { Database } from "./postgres-handle.js";
import * as threadTables from "./schema/thread-replies.js";

const { threadAnswers, channelAnswerTimes, unansweredQuestions, threadFeedback, threadOfferClicks } =
  threadTables;
const pick = threadReplySelections(threadTables);

/** node-postgres counts the rows an INSERT ... ON CONFLICT DO NOTHING actually wrote. */
const wroteOne = (result: { rowCount: number | null }) => result.rowCount === 1;

/**
 * The thread-reply store's queries over PostgreSQL, shared by every instance (its rules:
 * shared/thread-reply-store.ts). A claim holds the channel's advisory lock; the answer row lands
 * with INSERT ... ON CONFLICT DO NOTHING, so of two instances claiming one thread exactly one
 * writes it, and a lease takeover is a conditional UPDATE a second taker misses.
 */
export function postgresThreadReplyOps(db: Database): ThreadReplyOps {
  const tally = { n: count() };
  const first = async <Row>(rows: Promise<Row[]>) => (await rows)[0];
  return {
    tables: threadTables,
    isOffer: sql`${threadAnswers.offeredSlugs} <> '[]'::jsonb`,
    claimedAnswer: (where) => first(db.select(pick.claimed).from(threadAnswers).where(where)),
    updateAnswers: async (set, where) => (await db.update(threadAnswers).set(set).where(where)).rowCount ?? 0,
    lastChannelAnswer: async (where) =>
      (
        await first(
          db.select({ at: channelAnswerTimes.lastAnsweredAt }).from(channelAnswerTimes).where(where),
        )
      )?.at,
    insertAnswer: async (row) => wroteOne(await db.insert(threadAnswers).values(row).onConflictDoNothing()),
    touchChannel: (row) =>
      db.insert(channelAnswerTimes).values(row).onConflictDoUpdate(pick.channelUpsert(row)),
    insertUnanswered: (question) => db.insert(unansweredQuestions).values(question).onConflictDoNothing(),
    answerWhere: (where) =>
      first(db.select().from(threadAnswers).where(where)) as Promise<ThreadAnswerRecord | undefined>,
    lapsedClaims: (where, limit) =>
      db
        .select(pick.lapsed)
        .from(threadAnswers)
        .where(where)
        .orderBy(desc(threadAnswers.leaseExpiresAt))
        .limit(limit),
    insertFeedback: async (row) =>
      wroteOne(await db.insert(threadFeedback).values(row).onConflictDoNothing()),
    insertOfferClick: async (row) =>
      wroteOne(await db.insert(threadOfferClicks).values(row).onConflictDoNothing()),
    dismiss: (set, where) =>
      first(
        db
          .update(threadAnswers)
          .set(set)
          .where(where)
          .returning({ communityId: threadAnswers.communityId, slug: threadAnswers.slug }),
      ),
    countAnswers: async (where) => (await first(db.select(tally).from(threadAnswers).where(where)))?.n ?? 0,
    countOfferClicks: async (where) =>
      (
        await first(
          db
            .select(tally)
            .from(threadOfferClicks)
            .innerJoin(threadAnswers, eq(threadOfferClicks.answerId, threadAnswers.id))
            .where(where),
        )
      )?.n ?? 0,
    verdictCounts: (where) =>
      db
        .select({ verdict: threadFeedback.verdict, ...tally })
        .from(threadFeedback)
        .innerJoin(threadAnswers, eq(threadFeedback.answerId, threadAnswers.id))
        .where(where)
        .groupBy(threadFeedback.verdict),
    reasonCounts: (where) =>
      db
        .select({ reason: unansweredQuestions.reason, ...tally })
        .from(unansweredQuestions)
        .where(where)
        .groupBy(unansweredQuestions.reason),
    topUnanswered: (where, limit) =>
      db
        .select(pick.top)
        .from(unansweredQuestions)
        .where(where)
        .groupBy(unansweredQuestions.normalisedText)
        .orderBy(...pick.topOrder)
        .limit(limit),
  };
}
