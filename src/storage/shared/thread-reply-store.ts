import { and, type Column, eq, isNotNull, sql } from "drizzle-orm";
import type { CommunityId } from "../../core/community.js";
import { abandonedClaimHorizon, claimLapsed } from "../../core/faq/claim-lease.js";
import { checkThreadGate } from "../../core/faq/decide-thread-reply.js";
import type { SilenceReason, UnansweredReason } from "../../core/faq/thread-reply-types.js";
import type { ThreadClaimVerdict, ThreadReplyStore } from "../../ports/thread-reply-store.js";
import { askerOf, type StepEngine } from "./engine-steps.js";
import type { ThreadReplyOps, ThreadReplyTables } from "./thread-reply-ops.js";
import { notGapReasons } from "./unanswered-rows.js";

const ask = askerOf<ThreadReplyOps>();

/** Rows of one platform space with the given id in `idColumn` (a thread, a channel). */
function samePlace(
  table: { platform: Column; spaceId: Column },
  place: { platform: string; spaceId: string },
  idColumn: Column,
  id: string,
) {
  return and(eq(table.platform, place.platform), eq(table.spaceId, place.spaceId), eq(idColumn, id));
}

/** A claim nobody posted for whose lease ran out by `now`. */
function lapsedAt({ postedMessageId, leaseExpiresAt }: ThreadReplyTables["threadAnswers"], now: Date) {
  return and(sql`${postedMessageId} IS NULL`, sql`${leaseExpiresAt} <= ${now.toISOString()}`);
}

/**
 * The thread-reply store on either engine, with the queries each engine writes itself: the
 * unanswered questions, and the end of a claim (renewal and the one recorded post).
 */
export function createThreadReplyStore(
  engine: StepEngine<ThreadReplyOps>,
  engineOwn: Pick<
    ThreadReplyStore,
    "listUnanswered" | "findUnanswered" | "markTaught" | "renewClaim" | "setPostedMessageId"
  >,
): ThreadReplyStore {
  return {
    ...engineOwn,

    claimThread: ({ answer, autoAnswer, cooldownSeconds, now, lease }) =>
      // Two claims in one channel must not both see the old cooldown time: they queue on its lock.
      engine.writeUnder([`channel:${answer.platform}:${answer.spaceId}:${answer.channelId}`], function* () {
        const leaseColumns = {
          claimedBy: lease?.holder ?? null,
          leaseExpiresAt: lease?.expiresAt.toISOString() ?? null,
        };
        const thread = yield* ask(({ tables: { threadAnswers } }) =>
          samePlace(threadAnswers, answer, threadAnswers.threadId, answer.threadId),
        );
        const answered = yield* ask((ops) => ops.claimedAnswer(thread));
        if (answered && claimLapsed(answered, now)) {
          // The abandoned claim keeps its reply id (see ThreadClaimVerdict); the rest is the taker's.
          // The WHERE repeats the lapse test, so of two takers only one changes the row.
          const { replyId: _ownReplyId, createdAt: _claimedAt, ...taken } = answer;
          const changed = yield* ask(({ updateAnswers, tables }) =>
            updateAnswers({ ...taken, ...leaseColumns }, and(thread, lapsedAt(tables.threadAnswers, now))),
          );
          if (changed === 1) return { kind: "open", replyId: answered.replyId, takenOver: true } as const;
        }
        const lastAnswer = yield* ask(({ lastChannelAnswer, tables: { channelAnswerTimes: times } }) =>
          lastChannelAnswer(samePlace(times, answer, times.channelId, answer.channelId)),
        );
        const gate = checkThreadGate({
          answeredMessageId: answered?.messageId ?? null,
          messageId: answer.questionMessageId,
          lastChannelAnswerAt: lastAnswer ? new Date(lastAnswer) : null,
          cooldownSeconds,
          autoAnswer,
          now,
        });
        if (gate.kind !== "open") return gate;
        // The channel's lock (PostgreSQL) or the write lock (SQLite) orders claims on this thread;
        // the unique key has the last word.
        if (!(yield* ask((ops) => ops.insertAnswer({ ...answer, ...leaseColumns })))) {
          return { kind: "closed", reason: "already-answered" } as const;
        }
        if (autoAnswer) {
          const { communityId, platform, spaceId, channelId } = answer;
          const lastAnsweredAt = now.toISOString();
          yield* ask((ops) =>
            ops.touchChannel({ communityId, platform, spaceId, channelId, lastAnsweredAt }),
          );
        }
        return { kind: "open", replyId: answer.replyId, takenOver: false } satisfies ThreadClaimVerdict;
      }),

    recordUnanswered: (question) =>
      engine.writeAlone(function* () {
        yield* ask((ops) => ops.insertUnanswered(question));
      }),

    findAnswer: (replyId) =>
      engine.read(function* () {
        const row = yield* ask(({ answerWhere, tables }) =>
          answerWhere(eq(tables.threadAnswers.replyId, replyId)),
        );
        return row ?? null;
      }),

    listLapsedClaims: (platform, now, limit) =>
      engine.read(function* () {
        return yield* ask(({ lapsedClaims, tables: { threadAnswers } }) =>
          lapsedClaims(
            and(
              eq(threadAnswers.platform, platform),
              lapsedAt(threadAnswers, now),
              sql`${threadAnswers.leaseExpiresAt} > ${abandonedClaimHorizon(now).toISOString()}`,
            ),
            limit,
          ),
        );
      }),

    insertFeedback: (answerId, userId, verdict, at) =>
      engine.writeAlone(function* () {
        return yield* ask((ops) =>
          ops.insertFeedback({ answerId, userId, verdict, createdAt: at.toISOString() }),
        );
      }),

    insertOfferClick: (answerId, userId, slug, at) =>
      engine.writeAlone(function* () {
        return yield* ask((ops) =>
          ops.insertOfferClick({ answerId, userId, slug, createdAt: at.toISOString() }),
        );
      }),

    markDismissed: (replyId, userId, at, auditAs) =>
      // The conditional UPDATE is the guard: of two concurrent dismissals only one gets the row
      // back, so the audit row is written once, by the call that dismissed it.
      engine.writeUnder([], function* () {
        const row = yield* ask(({ dismiss, tables: { threadAnswers } }) =>
          dismiss(
            { dismissedAt: at.toISOString(), dismissedBy: userId },
            and(eq(threadAnswers.replyId, replyId), sql`${threadAnswers.dismissedAt} IS NULL`),
          ),
        );
        if (auditAs && row) {
          const event = { action: "thread.dismiss", target: `reply:${replyId}`, detail: { slug: row.slug } };
          yield* ask((ops) => ops.auditEvent(row.communityId, auditAs, event, at));
        }
      }),

    stats: (community, topLimit) => engine.read(() => statsSteps(community, topLimit)),
  };
}

function* statsSteps(community: CommunityId, topLimit: number) {
  const { tables, isOffer } = yield* ask((ops) => ({ tables: ops.tables, isOffer: ops.isOffer }));
  const { threadAnswers, unansweredQuestions } = tables;
  const ofCommunity = eq(threadAnswers.communityId, community);
  const answered = yield* ask((ops) => ops.countAnswers(and(ofCommunity, sql`NOT (${isOffer})`)));
  const offered = yield* ask((ops) => ops.countAnswers(and(ofCommunity, isOffer)));
  const dismissed = yield* ask((ops) =>
    ops.countAnswers(and(ofCommunity, isNotNull(threadAnswers.dismissedAt))),
  );
  const offerClicks = yield* ask((ops) => ops.countOfferClicks(ofCommunity));
  const verdicts = yield* ask((ops) => ops.verdictCounts(ofCommunity));
  const questionsOfCommunity = eq(unansweredQuestions.communityId, community);
  const reasons = yield* ask((ops) => ops.reasonCounts(questionsOfCommunity));
  const notGap = sql`${unansweredQuestions.reason} NOT IN (${notGapReasons})`;
  const top = yield* ask((ops) => ops.topUnanswered(and(questionsOfCommunity, notGap), topLimit));

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
}
