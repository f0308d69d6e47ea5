import { and, count, desc, eq, isNotNull, max, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { abandonedClaimHorizon, claimLapsed } from "../../core/faq/claim-lease.js";
import { checkThreadGate } from "../../core/faq/decide-thread-reply.js";
import type {
  SilenceReason,
  ThreadAnswerRecord,
  UnansweredReason,
} from "../../core/faq/thread-reply-types.js";
import type { ThreadClaimVerdict, ThreadReplyStore } from "../../ports/thread-reply-store.js";
import { writeAudit } from "./audit.js";
import { claimCompletion } from "./claim-completion.js";
import {
  channelAnswerTimes,
  threadAnswers,
  threadFeedback,
  threadOfferClicks,
  unansweredQuestions,
} from "./schema/thread-replies.js";
import type { SqliteHandle } from "./sqlite-handle.js";
import { NOT_GAPS, unansweredQuestionQueries } from "./unanswered-questions.js";

/**
 * The thread-reply tables over SQLite. The claim runs in one IMMEDIATE transaction (SQLite's write
 * lock first), so a check-then-insert by one process cannot interleave with another's; the unique
 * key on (platform, community, thread) has the last word either way. Every write goes through the
 * handle's `write`, which waits for another process's lock without blocking the event loop.
 */
export function createSqliteThreadReplyStore({
  sqlite,
  db,
  write,
}: Pick<SqliteHandle, "sqlite" | "db" | "write">): ThreadReplyStore {
  // Every write, a single statement included, waits for another process's lock without blocking.
  const inWriteTransaction = <T>(work: () => T): Promise<T> => write(() => work());

  return {
    ...unansweredQuestionQueries({ sqlite, write }),
    ...claimCompletion({ db, write }),

    async claimThread({ answer, autoAnswer, cooldownSeconds, now, lease }) {
      const leaseColumns = {
        claimedBy: lease?.holder ?? null,
        leaseExpiresAt: lease?.expiresAt.toISOString() ?? null,
      };
      return inWriteTransaction((): ThreadClaimVerdict => {
        const thread = samePlace(threadAnswers, answer, threadAnswers.threadId, answer.threadId);
        const answered = db
          .select({
            messageId: threadAnswers.questionMessageId,
            replyId: threadAnswers.replyId,
            postedMessageId: threadAnswers.postedMessageId,
            leaseExpiresAt: threadAnswers.leaseExpiresAt,
          })
          .from(threadAnswers)
          .where(thread)
          .get();
        if (answered && claimLapsed(answered, now)) {
          // The abandoned claim keeps its reply id (see ThreadClaimVerdict); the rest is the taker's.
          // The WHERE repeats the lapse test, so of two takers only one changes the row.
          const { replyId: _ownReplyId, createdAt: _claimedAt, ...taken } = answer;
          const takeover = db
            .update(threadAnswers)
            .set({ ...taken, ...leaseColumns })
            .where(
              and(
                thread,
                sql`${threadAnswers.postedMessageId} IS NULL`,
                sql`${threadAnswers.leaseExpiresAt} <= ${now.toISOString()}`,
              ),
            )
            .run();
          if (takeover.changes === 1) return { kind: "open", replyId: answered.replyId, takenOver: true };
        }
        const lastAnswer = db
          .select({ at: channelAnswerTimes.lastAnsweredAt })
          .from(channelAnswerTimes)
          .where(samePlace(channelAnswerTimes, answer, channelAnswerTimes.channelId, answer.channelId))
          .get();
        const gate = checkThreadGate({
          answeredMessageId: answered?.messageId ?? null,
          messageId: answer.questionMessageId,
          lastChannelAnswerAt: lastAnswer ? new Date(lastAnswer.at) : null,
          cooldownSeconds,
          autoAnswer,
          now,
        });
        if (gate.kind !== "open") return gate;
        const inserted = db
          .insert(threadAnswers)
          .values({ ...answer, ...leaseColumns })
          .onConflictDoNothing()
          .run();
        // The write lock makes a lost race impossible within SQLite, but the unique key has the last word.
        if (inserted.changes !== 1) return { kind: "closed", reason: "already-answered" };
        if (autoAnswer) {
          const lastAnsweredAt = now.toISOString();
          const { communityId, platform, spaceId, channelId } = answer;
          db.insert(channelAnswerTimes)
            .values({ communityId, platform, spaceId, channelId, lastAnsweredAt })
            .onConflictDoUpdate({
              target: [channelAnswerTimes.platform, channelAnswerTimes.spaceId, channelAnswerTimes.channelId],
              set: { lastAnsweredAt, communityId },
            })
            .run();
        }
        return { kind: "open", replyId: answer.replyId, takenOver: false };
      });
    },

    async recordUnanswered(question) {
      await inWriteTransaction(() =>
        db.insert(unansweredQuestions).values(question).onConflictDoNothing().run(),
      );
    },

    async findAnswer(replyId) {
      const row = db.select().from(threadAnswers).where(eq(threadAnswers.replyId, replyId)).get();
      return row ? (row as ThreadAnswerRecord) : null;
    },

    async listLapsedClaims(platform, now, limit) {
      return db
        .select({
          spaceId: threadAnswers.spaceId,
          channelId: threadAnswers.channelId,
          threadId: threadAnswers.threadId,
          questionMessageId: threadAnswers.questionMessageId,
        })
        .from(threadAnswers)
        .where(
          and(
            eq(threadAnswers.platform, platform),
            sql`${threadAnswers.postedMessageId} IS NULL`,
            sql`${threadAnswers.leaseExpiresAt} <= ${now.toISOString()}`,
            sql`${threadAnswers.leaseExpiresAt} > ${abandonedClaimHorizon(now).toISOString()}`,
          ),
        )
        .orderBy(desc(threadAnswers.leaseExpiresAt))
        .limit(limit)
        .all();
    },

    async insertFeedback(answerId, userId, verdict, at) {
      const result = await inWriteTransaction(() =>
        db
          .insert(threadFeedback)
          .values({ answerId, userId, verdict, createdAt: at.toISOString() })
          .onConflictDoNothing()
          .run(),
      );
      return result.changes === 1;
    },

    async insertOfferClick(answerId, userId, slug, at) {
      const result = await inWriteTransaction(() =>
        db
          .insert(threadOfferClicks)
          .values({ answerId, userId, slug, createdAt: at.toISOString() })
          .onConflictDoNothing()
          .run(),
      );
      return result.changes === 1;
    },

    async markDismissed(replyId, userId, at, auditAs) {
      await write((tx) => {
        const dismissed = tx
          .update(threadAnswers)
          .set({ dismissedAt: at.toISOString(), dismissedBy: userId })
          .where(and(eq(threadAnswers.replyId, replyId), sql`${threadAnswers.dismissedAt} IS NULL`))
          .returning({ communityId: threadAnswers.communityId, slug: threadAnswers.slug })
          .all();
        const row = dismissed[0];
        if (auditAs && row) {
          writeAudit(
            tx,
            row.communityId,
            auditAs,
            "thread.dismiss",
            `reply:${replyId}`,
            { slug: row.slug },
            at,
          );
        }
      });
    },

    async stats(community, topLimit) {
      const answersOfCommunity = eq(threadAnswers.communityId, community);
      const isOffer = sql`${threadAnswers.offeredSlugs} <> '[]'`;
      const answered =
        db
          .select({ n: count() })
          .from(threadAnswers)
          .where(and(answersOfCommunity, sql`NOT (${isOffer})`))
          .get()?.n ?? 0;
      const offered =
        db.select({ n: count() }).from(threadAnswers).where(and(answersOfCommunity, isOffer)).get()?.n ?? 0;
      const offerClicks =
        db
          .select({ n: count() })
          .from(threadOfferClicks)
          .innerJoin(threadAnswers, eq(threadOfferClicks.answerId, threadAnswers.id))
          .where(answersOfCommunity)
          .get()?.n ?? 0;
      const dismissed =
        db
          .select({ n: count() })
          .from(threadAnswers)
          .where(and(answersOfCommunity, isNotNull(threadAnswers.dismissedAt)))
          .get()?.n ?? 0;
      const verdicts = db
        .select({ verdict: threadFeedback.verdict, n: count() })
        .from(threadFeedback)
        .innerJoin(threadAnswers, eq(threadFeedback.answerId, threadAnswers.id))
        .where(answersOfCommunity)
        .groupBy(threadFeedback.verdict)
        .all();
      const questionsOfCommunity = eq(unansweredQuestions.communityId, community);
      const reasons = db
        .select({ reason: unansweredQuestions.reason, n: count() })
        .from(unansweredQuestions)
        .where(questionsOfCommunity)
        .groupBy(unansweredQuestions.reason)
        .all();
      const top = db
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
        // "Not helpful" rows are answers the asker rejected, counted under notHelpful, not silences.
        if (row.reason === "not-helpful") continue;
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
        offered,
        offerClicks,
        topUnanswered: top.map((row) => ({
          text: row.text ?? "",
          count: row.count,
          reason: (row.reason ?? "low-confidence") as UnansweredReason,
          lastAskedAt: row.lastAskedAt ?? "",
        })),
      };
    },
  };
}

/** Rows of one platform space with the given id in `idColumn` (a thread, a channel). */
function samePlace(
  table: { platform: SQLiteColumn; spaceId: SQLiteColumn },
  place: { platform: string; spaceId: string },
  idColumn: SQLiteColumn,
  id: string,
) {
  return and(eq(table.platform, place.platform), eq(table.spaceId, place.spaceId), eq(idColumn, id));
}
