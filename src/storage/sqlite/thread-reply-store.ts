import { count, desc, eq, sql } from "drizzle-orm";
import type { ThreadAnswerRecord } from "../../core/faq/thread-reply-types.js";
import { type ThreadReplyOps, threadReplySelections } from "../shared/thread-reply-ops.js";
import * as threadTables from "./schema/thread-replies.js";
import type { Database } from "./sqlite-handle.js";

const { threadAnswers, channelAnswerTimes, unansweredQuestions, threadFeedback, threadOfferClicks } =
  threadTables;
const pick = threadReplySelections(threadTables);

/**
 * The thread-reply store's queries over SQLite (its rules: shared/thread-reply-store.ts). A claim
 * runs in one IMMEDIATE transaction (SQLite's write lock first), so a check-then-insert by one
 * process cannot interleave with another's; the unique key on (platform, community, thread) has
 * the last word either way.
 */
export function sqliteThreadReplyOps(db: Database): ThreadReplyOps {
  const tally = { n: count() };
  return {
    tables: threadTables,
    isOffer: sql`${threadAnswers.offeredSlugs} <> '[]'`,
    claimedAnswer: (where) => db.select(pick.claimed).from(threadAnswers).where(where).get(),
    updateAnswers: (set, where) => db.update(threadAnswers).set(set).where(where).run().changes,
    lastChannelAnswer: (where) =>
      db.select({ at: channelAnswerTimes.lastAnsweredAt }).from(channelAnswerTimes).where(where).get()?.at,
    insertAnswer: (row) => db.insert(threadAnswers).values(row).onConflictDoNothing().run().changes === 1,
    touchChannel: (row) =>
      db.insert(channelAnswerTimes).values(row).onConflictDoUpdate(pick.channelUpsert(row)).run(),
    insertUnanswered: (question) =>
      db.insert(unansweredQuestions).values(question).onConflictDoNothing().run(),
    answerWhere: (where) =>
      db.select().from(threadAnswers).where(where).get() as ThreadAnswerRecord | undefined,
    lapsedClaims: (where, limit) =>
      db
        .select(pick.lapsed)
        .from(threadAnswers)
        .where(where)
        .orderBy(desc(threadAnswers.leaseExpiresAt))
        .limit(limit)
        .all(),
    insertFeedback: (row) => db.insert(threadFeedback).values(row).onConflictDoNothing().run().changes === 1,
    insertOfferClick: (row) =>
      db.insert(threadOfferClicks).values(row).onConflictDoNothing().run().changes === 1,
    dismiss: (set, where) =>
      db
        .update(threadAnswers)
        .set(set)
        .where(where)
        .returning({ communityId: threadAnswers.communityId, slug: threadAnswers.slug })
        .get(),
    countAnswers: (where) => db.select(tally).from(threadAnswers).where(where).get()?.n ?? 0,
    countOfferClicks: (where) =>
      db
        .select(tally)
        .from(threadOfferClicks)
        .innerJoin(threadAnswers, eq(threadOfferClicks.answerId, threadAnswers.id))
        .where(where)
        .get()?.n ?? 0,
    verdictCounts: (where) =>
      db
        .select({ verdict: threadFeedback.verdict, ...tally })
        .from(threadFeedback)
        .innerJoin(threadAnswers, eq(threadFeedback.answerId, threadAnswers.id))
        .where(where)
        .groupBy(threadFeedback.verdict)
        .all(),
    reasonCounts: (where) =>
      db
        .select({ reason: unansweredQuestions.reason, ...tally })
        .from(unansweredQuestions)
        .where(where)
        .groupBy(unansweredQuestions.reason)
        .all(),
    topUnanswered: (where, limit) =>
      db
        .select(pick.top)
        .from(unansweredQuestions)
        .where(where)
        .groupBy(unansweredQuestions.normalisedText)
        .orderBy(...pick.topOrder)
        .limit(limit)
        .all(),
  };
}
