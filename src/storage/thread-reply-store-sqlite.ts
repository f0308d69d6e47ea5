import { and, count, desc, eq, isNotNull, max, sql } from "drizzle-orm";
import type { Platform } from "../core/actor.js";
import type { FeedbackVerdict, SilenceReason, ThreadReplyStats } from "../core/faq/thread-reply-types.js";
import type { OpenDatabase } from "./open-database.js";
import {
  channelAnswerTimes,
  threadAnswers,
  threadFeedback,
  unansweredQuestions,
} from "./schema/thread-replies.js";

export type ThreadAnswerRow = typeof threadAnswers.$inferSelect;
export type NewThreadAnswer = typeof threadAnswers.$inferInsert;
export type NewUnansweredQuestion = typeof unansweredQuestions.$inferInsert;

export interface ThreadKey {
  platform: Platform;
  communityId: string;
  threadId: string;
}

export interface ChannelKey {
  platform: Platform;
  communityId: string;
  channelId: string;
}

/** Reasons that say nothing about gaps in the FAQ, left out of "top unanswered questions". */
const NOT_GAPS: readonly SilenceReason[] = ["not-a-question", "bot-author", "not-addressed"];

/**
 * Rows of the thread-reply tables. Decisions live in src/core/faq/decide-thread-reply.ts; this only
 * reads and writes, and offers a write transaction that takes SQLite's write lock first
 * (BEGIN IMMEDIATE), so a check-then-insert by one process cannot interleave with another's.
 */
export class ThreadReplyStoreSqlite {
  constructor(private readonly database: Pick<OpenDatabase, "db" | "sqlite">) {}

  private get db() {
    return this.database.db;
  }

  inWriteTransaction<T>(work: () => T): T {
    return this.database.sqlite.transaction(work).immediate();
  }

  answeredMessageId(key: ThreadKey): string | null {
    const row = this.db
      .select({ messageId: threadAnswers.questionMessageId })
      .from(threadAnswers)
      .where(
        and(
          eq(threadAnswers.platform, key.platform),
          eq(threadAnswers.communityId, key.communityId),
          eq(threadAnswers.threadId, key.threadId),
        ),
      )
      .get();
    return row?.messageId ?? null;
  }

  lastChannelAnswerAt(key: ChannelKey): Date | null {
    const row = this.db
      .select({ at: channelAnswerTimes.lastAnsweredAt })
      .from(channelAnswerTimes)
      .where(
        and(
          eq(channelAnswerTimes.platform, key.platform),
          eq(channelAnswerTimes.communityId, key.communityId),
          eq(channelAnswerTimes.channelId, key.channelId),
        ),
      )
      .get();
    return row ? new Date(row.at) : null;
  }

  /** True when the row landed; false when the thread already had an answer (the unique key held). */
  insertAnswer(row: NewThreadAnswer): boolean {
    const result = this.db.insert(threadAnswers).values(row).onConflictDoNothing().run();
    return result.changes === 1;
  }

  touchChannel(key: ChannelKey, at: Date): void {
    const lastAnsweredAt = at.toISOString();
    this.db
      .insert(channelAnswerTimes)
      .values({ ...key, lastAnsweredAt })
      .onConflictDoUpdate({
        target: [channelAnswerTimes.platform, channelAnswerTimes.communityId, channelAnswerTimes.channelId],
        set: { lastAnsweredAt },
      })
      .run();
  }

  recordUnanswered(row: NewUnansweredQuestion): void {
    this.db.insert(unansweredQuestions).values(row).onConflictDoNothing().run();
  }

  findByReplyId(replyId: string): ThreadAnswerRow | null {
    return this.db.select().from(threadAnswers).where(eq(threadAnswers.replyId, replyId)).get() ?? null;
  }

  setPostedMessageId(replyId: string, postedMessageId: string): void {
    this.db.update(threadAnswers).set({ postedMessageId }).where(eq(threadAnswers.replyId, replyId)).run();
  }

  /** True when stored; false when this user already gave a verdict on this answer. */
  insertFeedback(answerId: number, userId: string, verdict: FeedbackVerdict, at: Date): boolean {
    const result = this.db
      .insert(threadFeedback)
      .values({ answerId, userId, verdict, createdAt: at.toISOString() })
      .onConflictDoNothing()
      .run();
    return result.changes === 1;
  }

  markDismissed(replyId: string, userId: string, at: Date): void {
    this.db
      .update(threadAnswers)
      .set({ dismissedAt: at.toISOString(), dismissedBy: userId })
      .where(and(eq(threadAnswers.replyId, replyId), sql`${threadAnswers.dismissedAt} IS NULL`))
      .run();
  }

  stats(key: { platform: Platform; communityId: string }, topLimit: number): ThreadReplyStats {
    const answersOfCommunity = and(
      eq(threadAnswers.platform, key.platform),
      eq(threadAnswers.communityId, key.communityId),
    );
    const answered =
      this.db.select({ n: count() }).from(threadAnswers).where(answersOfCommunity).get()?.n ?? 0;
    const dismissed =
      this.db
        .select({ n: count() })
        .from(threadAnswers)
        .where(and(answersOfCommunity, isNotNull(threadAnswers.dismissedAt)))
        .get()?.n ?? 0;
    const verdicts = this.db
      .select({ verdict: threadFeedback.verdict, n: count() })
      .from(threadFeedback)
      .innerJoin(threadAnswers, eq(threadFeedback.answerId, threadAnswers.id))
      .where(answersOfCommunity)
      .groupBy(threadFeedback.verdict)
      .all();
    const questionsOfCommunity = and(
      eq(unansweredQuestions.platform, key.platform),
      eq(unansweredQuestions.communityId, key.communityId),
    );
    const reasons = this.db
      .select({ reason: unansweredQuestions.reason, n: count() })
      .from(unansweredQuestions)
      .where(questionsOfCommunity)
      .groupBy(unansweredQuestions.reason)
      .all();
    const top = this.db
      .select({
        text: max(unansweredQuestions.text),
        count: count(),
        reason: max(unansweredQuestions.reason),
        lastAskedAt: max(unansweredQuestions.createdAt),
      })
      .from(unansweredQuestions)
      .where(
        and(
          questionsOfCommunity,
          sql`${unansweredQuestions.reason} NOT IN (${sql.join(
            NOT_GAPS.map((reason) => sql`${reason}`),
            sql`, `,
          )})`,
        ),
      )
      .groupBy(unansweredQuestions.normalisedText)
      .orderBy(desc(count()), desc(max(unansweredQuestions.createdAt)))
      .limit(topLimit)
      .all();

    const silentByReason: Partial<Record<SilenceReason, number>> = {};
    let silent = 0;
    for (const row of reasons) {
      silentByReason[row.reason as SilenceReason] = row.n;
      silent += row.n;
    }
    return {
      answered,
      dismissed,
      silent,
      silentByReason,
      helpful: verdicts.find((row) => row.verdict === "helpful")?.n ?? 0,
      notHelpful: verdicts.find((row) => row.verdict === "not-helpful")?.n ?? 0,
      topUnanswered: top.map((row) => ({
        text: row.text ?? "",
        count: row.count,
        reason: (row.reason ?? "low-confidence") as SilenceReason,
        lastAskedAt: row.lastAskedAt ?? "",
      })),
    };
  }
}
