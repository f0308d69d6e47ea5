import { and, count, desc, eq, isNotNull, max, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { abandonedClaimHorizon, claimLapsed } from "../../core/faq/claim-lease.js";
import { checkThreadGate } from "../../core/faq/decide-thread-reply.js";
import type {
  SilenceReason,
  ThreadAnswerRecord,
  UnansweredReason,
} from "../../core/faq/thread-reply-types.js";
import type { ThreadClaimVerdict, ThreadReplyStore } from "../../ports/thread-reply-store.js";
import { NOT_GAPS } from "../sqlite/unanswered-questions.js";
import { writeAudit } from "./audit.js";
import { claimCompletion } from "./claim-completion.js";
import type { PostgresHandle } from "./postgres-handle.js";
import {
  channelAnswerTimes,
  threadAnswers,
  threadFeedback,
  threadOfferClicks,
  unansweredQuestions,
} from "./schema/thread-replies.js";
import { unansweredQuestionQueries } from "./unanswered-questions.js";

/**
 * The thread-reply tables over PostgreSQL, shared by every instance. The claim is one transaction
 * holding the channel's advisory lock (the cooldown is read, then advanced: two claims in one
 * channel must not both see the old time); the answer row lands with INSERT ... ON CONFLICT DO
 * NOTHING RETURNING, so of two instances claiming one thread exactly one gets a row back. A lease
 * takeover is a conditional UPDATE ... RETURNING: a second taker re-reads the updated row and misses.
 */
export function createPostgresThreadReplyStore(handle: PostgresHandle): ThreadReplyStore {
  const { db, write } = handle;

  return {
    ...unansweredQuestionQueries(handle),
    ...claimCompletion(handle),

    async claimThread({ answer, autoAnswer, cooldownSeconds, now, lease }) {
      const leaseColumns = {
        claimedBy: lease?.holder ?? null,
        leaseExpiresAt: lease?.expiresAt.toISOString() ?? null,
      };
      const channelLock = `channel:${answer.platform}:${answer.spaceId}:${answer.channelId}`;
      return write([channelLock], async (tx): Promise<ThreadClaimVerdict> => {
        const thread = samePlace(threadAnswers, answer, threadAnswers.threadId, answer.threadId);
        const [answered] = await tx
          .select({
            messageId: threadAnswers.questionMessageId,
            replyId: threadAnswers.replyId,
            postedMessageId: threadAnswers.postedMessageId,
            leaseExpiresAt: threadAnswers.leaseExpiresAt,
          })
          .from(threadAnswers)
          .where(thread);
        if (answered && claimLapsed(answered, now)) {
          // The abandoned claim keeps its reply id (see ThreadClaimVerdict); the rest is the taker's.
          const { replyId: _ownReplyId, createdAt: _claimedAt, ...taken } = answer;
          const takeover = await tx
            .update(threadAnswers)
            .set({ ...taken, ...leaseColumns })
            .where(
              and(
                thread,
                sql`${threadAnswers.postedMessageId} IS NULL`,
                sql`${threadAnswers.leaseExpiresAt} <= ${now.toISOString()}`,
              ),
            )
            .returning({ id: threadAnswers.id });
          if (takeover.length === 1) return { kind: "open", replyId: answered.replyId, takenOver: true };
        }
        const [lastAnswer] = await tx
          .select({ at: channelAnswerTimes.lastAnsweredAt })
          .from(channelAnswerTimes)
          .where(samePlace(channelAnswerTimes, answer, channelAnswerTimes.channelId, answer.channelId));
        const gate = checkThreadGate({
          answeredMessageId: answered?.messageId ?? null,
          messageId: answer.questionMessageId,
          lastChannelAnswerAt: lastAnswer ? new Date(lastAnswer.at) : null,
          cooldownSeconds,
          autoAnswer,
          now,
        });
        if (gate.kind !== "open") return gate;
        const inserted = await tx
          .insert(threadAnswers)
          .values({ ...answer, ...leaseColumns })
          .onConflictDoNothing()
          .returning({ id: threadAnswers.id });
        // The channel lock already orders claims on this thread; the unique key has the last word.
        if (inserted.length !== 1) return { kind: "closed", reason: "already-answered" };
        if (autoAnswer) {
          const lastAnsweredAt = now.toISOString();
          const { communityId, platform, spaceId, channelId } = answer;
          await tx
            .insert(channelAnswerTimes)
            .values({ communityId, platform, spaceId, channelId, lastAnsweredAt })
            .onConflictDoUpdate({
              target: [channelAnswerTimes.platform, channelAnswerTimes.spaceId, channelAnswerTimes.channelId],
              set: { lastAnsweredAt, communityId },
            });
        }
        return { kind: "open", replyId: answer.replyId, takenOver: false };
      });
    },

    async recordUnanswered(question) {
      await db.insert(unansweredQuestions).values(question).onConflictDoNothing();
    },

    async findAnswer(replyId) {
      const [row] = await db.select().from(threadAnswers).where(eq(threadAnswers.replyId, replyId));
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
        .limit(limit);
    },

    async insertFeedback(answerId, userId, verdict, at) {
      const inserted = await db
        .insert(threadFeedback)
        .values({ answerId, userId, verdict, createdAt: at.toISOString() })
        .onConflictDoNothing()
        .returning({ id: threadFeedback.id });
      return inserted.length === 1;
    },

    async insertOfferClick(answerId, userId, slug, at) {
      const inserted = await db
        .insert(threadOfferClicks)
        .values({ answerId, userId, slug, createdAt: at.toISOString() })
        .onConflictDoNothing()
        .returning({ id: threadOfferClicks.id });
      return inserted.length === 1;
    },

    async markDismissed(replyId, userId, at, auditAs) {
      // The conditional UPDATE is the guard: of two concurrent dismissals only one gets the row
      // back, so the audit row is written once, by the call that dismissed it.
      await write([], async (tx) => {
        const [row] = await tx
          .update(threadAnswers)
          .set({ dismissedAt: at.toISOString(), dismissedBy: userId })
          .where(and(eq(threadAnswers.replyId, replyId), sql`${threadAnswers.dismissedAt} IS NULL`))
          .returning({ communityId: threadAnswers.communityId, slug: threadAnswers.slug });
        if (auditAs && row) {
          await writeAudit(
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
      const ofCommunity = eq(threadAnswers.communityId, community);
      const isOffer = sql`${threadAnswers.offeredSlugs} <> '[]'::jsonb`;
      const countWhere = async (where: SQL | undefined) =>
        (await db.select({ n: count() }).from(threadAnswers).where(where))[0]?.n ?? 0;
      const answered = await countWhere(and(ofCommunity, sql`NOT (${isOffer})`));
      const offered = await countWhere(and(ofCommunity, isOffer));
      const dismissed = await countWhere(and(ofCommunity, isNotNull(threadAnswers.dismissedAt)));
      const [clicks] = await db
        .select({ n: count() })
        .from(threadOfferClicks)
        .innerJoin(threadAnswers, eq(threadOfferClicks.answerId, threadAnswers.id))
        .where(ofCommunity);
      const verdicts = await db
        .select({ verdict: threadFeedback.verdict, n: count() })
        .from(threadFeedback)
        .innerJoin(threadAnswers, eq(threadFeedback.answerId, threadAnswers.id))
        .where(ofCommunity)
        .groupBy(threadFeedback.verdict);
      const questionsOfCommunity = eq(unansweredQuestions.communityId, community);
      const reasons = await db
        .select({ reason: unansweredQuestions.reason, n: count() })
        .from(unansweredQuestions)
        .where(questionsOfCommunity)
        .groupBy(unansweredQuestions.reason);
      const notGap = sql`${unansweredQuestions.reason} NOT IN (${sql.join(
        NOT_GAPS.map((reason) => sql`${reason}`),
        sql`, `,
      )})`;
      const top = await db
        .select({
          text: max(unansweredQuestions.text),
          count: count(),
          reason: max(unansweredQuestions.reason),
          lastAskedAt: max(unansweredQuestions.createdAt),
        })
        .from(unansweredQuestions)
        .where(and(questionsOfCommunity, notGap))
        .groupBy(unansweredQuestions.normalisedText)
        .orderBy(desc(count()), desc(max(unansweredQuestions.createdAt)))
        .limit(topLimit);

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
        offerClicks: clicks?.n ?? 0,
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
  table: { platform: PgColumn; spaceId: PgColumn },
  place: { platform: string; spaceId: string },
  idColumn: PgColumn,
  id: string,
) {
  return and(eq(table.platform, place.platform), eq(table.spaceId, place.spaceId), eq(idColumn, id));
}
