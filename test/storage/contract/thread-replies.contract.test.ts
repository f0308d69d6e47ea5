import { describe, expect, it } from "vitest";
import { claimLease } from "../../../src/core/faq/claim-lease.js";
import type { NewThreadAnswer, UnansweredQuestionRecord } from "../../../src/core/faq/thread-reply-types.js";
import type { ThreadClaim } from "../../../src/ports/thread-reply-store.js";
import { describeEachEngine } from "./contract-engines.js";
import { freshCommunity } from "./contract-fixtures.js";

const at = (seconds: number) => new Date(Date.UTC(2026, 10, 20, 12, 0, seconds));

/** A community whose only space has the community's own id, so tests never share a thread. */
async function place(engine: Parameters<typeof freshCommunity>[0]) {
  const { id } = await freshCommunity(engine, "threads");
  const answer = (overrides: Partial<NewThreadAnswer> = {}): NewThreadAnswer => ({
    replyId: `${id}-r1`,
    communityId: id,
    platform: "discord",
    spaceId: id,
    channelId: "forum-1",
    threadId: "thread-1",
    questionMessageId: "message-1",
    askerId: "asker-1",
    decision: "posted",
    slug: "top-rated-badge-delay",
    confidence: 0.91,
    targetChannelId: "forum-1",
    questionText: "When does the badge show?",
    offeredSlugs: [],
    createdAt: at(0).toISOString(),
    ...overrides,
  });
  const claim = (overrides: Partial<NewThreadAnswer> = {}, rest: Partial<ThreadClaim> = {}): ThreadClaim => ({
    answer: answer(overrides),
    autoAnswer: true,
    cooldownSeconds: 0,
    now: at(0),
    lease: claimLease("instance-a", 30, rest.now ?? at(0)),
    ...rest,
  });
  const question = (overrides: Partial<UnansweredQuestionRecord> = {}): UnansweredQuestionRecord => ({
    communityId: id,
    platform: "discord",
    spaceId: id,
    channelId: "forum-1",
    threadId: "thread-q",
    messageId: "q-1",
    authorId: "asker-1",
    text: "How do I get paid faster?",
    normalisedText: "how do i get paid faster",
    reason: "low-confidence",
    bestSlug: "payouts",
    bestConfidence: 0.4,
    createdAt: at(0).toISOString(),
    ...overrides,
  });
  return { id, answer, claim, question };
}

describeEachEngine("thread replies", ({ engine, kind, location }) => {
  const replies = () => engine().stores.threadReplies;

  describe("the once-per-thread claim", () => {
    it("opens a thread once, records the answer, and knows a second delivery of the same message", async () => {
      const { id, claim } = await place(engine());
      expect(await replies().claimThread(claim())).toEqual({
        kind: "open",
        replyId: `${id}-r1`,
        takenOver: false,
      });
      expect(await replies().findAnswer(`${id}-r1`)).toMatchObject({
        replyId: `${id}-r1`,
        communityId: id,
        threadId: "thread-1",
        questionMessageId: "message-1",
        decision: "posted",
        slug: "top-rated-badge-delay",
        confidence: 0.91,
        offeredSlugs: [],
        postedMessageId: null,
        dismissedAt: null,
        createdAt: at(0).toISOString(),
      });
      expect(await replies().claimThread(claim({ replyId: `${id}-r2` }, { now: at(1) }))).toEqual({
        kind: "duplicate-delivery",
      });
      expect(
        await replies().claimThread(
          claim({ replyId: `${id}-r3`, questionMessageId: "message-2" }, { now: at(2) }),
        ),
      ).toEqual({ kind: "closed", reason: "already-answered" });
      expect(await replies().findAnswer(`${id}-r2`)).toBeNull();
    });

    it("keeps a channel's cooldown for unprompted answers, not for mentions", async () => {
      const { id, claim } = await place(engine());
      const cooling = { cooldownSeconds: 60 };
      await replies().claimThread(claim({}, cooling));
      const nextThread = (n: number) => ({
        replyId: `${id}-t${n}`,
        threadId: `thread-${n}`,
        questionMessageId: `m-${n}`,
      });
      expect(await replies().claimThread(claim(nextThread(2), { ...cooling, now: at(30) }))).toEqual({
        kind: "closed",
        reason: "cooldown",
      });
      expect(
        await replies().claimThread(claim(nextThread(3), { ...cooling, now: at(31), autoAnswer: false })),
      ).toMatchObject({ kind: "open" });
      // A mention does not restart the cooldown: 61 s after the first auto-answer it is over.
      expect(await replies().claimThread(claim(nextThread(4), { ...cooling, now: at(61) }))).toMatchObject({
        kind: "open",
      });
      expect(await replies().claimThread(claim(nextThread(5), { ...cooling, now: at(90) }))).toEqual({
        kind: "closed",
        reason: "cooldown",
      });
    });

    it("lets exactly one of many concurrent claims on a thread through, across two connections", async () => {
      const { id, claim } = await place(engine());
      const second = await kind.open(location());
      try {
        const claims = Array.from({ length: 8 }, (_, n) => {
          const store = n % 2 === 0 ? replies() : second.stores.threadReplies;
          return store.claimThread(claim({ replyId: `${id}-c${n}` }));
        });
        const verdicts = await Promise.all(claims);
        const opened = verdicts.filter((verdict) => verdict.kind === "open");
        expect(opened).toHaveLength(1);
        expect(verdicts.filter((verdict) => verdict.kind === "duplicate-delivery")).toHaveLength(7);
        const [rows] = await engine().rows<{ n: number | string }>(
          "select count(*) as n from thread_answers where community_id = ?",
          id,
        );
        expect(Number(rows?.n)).toBe(1);
      } finally {
        await second.close();
      }
    });
  });

  describe("after the post", () => {
    it("keeps the posted message, one verdict per user, one click per user and entry, and the first dismissal", async () => {
      const { id, claim } = await place(engine());
      await replies().claimThread(claim({ offeredSlugs: [] }));
      await replies().setPostedMessageId(`${id}-r1`, "posted-1");
      const answer = await replies().findAnswer(`${id}-r1`);
      expect(answer?.postedMessageId).toBe("posted-1");
      const answerId = answer?.id ?? -1;
      expect(await replies().insertFeedback(answerId, "u-1", "helpful", at(5))).toBe(true);
      expect(await replies().insertFeedback(answerId, "u-1", "not-helpful", at(6))).toBe(false);
      expect(await replies().insertFeedback(answerId, "u-2", "not-helpful", at(7))).toBe(true);
      expect(await replies().insertOfferClick(answerId, "u-1", "payouts", at(8))).toBe(true);
      expect(await replies().insertOfferClick(answerId, "u-1", "payouts", at(9))).toBe(false);
      expect(await replies().insertOfferClick(answerId, "u-1", "fees", at(9))).toBe(true);
      await replies().markDismissed(`${id}-r1`, "mod-1", at(10));
      await replies().markDismissed(`${id}-r1`, "mod-2", at(11));
      expect(await replies().findAnswer(`${id}-r1`)).toMatchObject({
        dismissedAt: at(10).toISOString(),
        dismissedBy: "mod-1",
      });
      expect(await replies().stats(id, 5)).toMatchObject({
        answered: 1,
        dismissed: 1,
        helpful: 1,
        notHelpful: 1,
        offered: 0,
        offerClicks: 2,
      });
    });

    it("audits a dismissal made with auditAs, once, in the answer's community", async () => {
      const { id, claim } = await place(engine());
      await replies().claimThread(claim());
      const moderator = { platform: "discord" as const, spaceId: id, userId: "mod-1" };
      await Promise.all([
        replies().markDismissed(`${id}-r1`, "mod-1", at(10), moderator),
        replies().markDismissed(`${id}-r1`, "mod-1", at(11), moderator),
      ]);
      const audits = await engine().rows(
        "select actor, target from audit_log where community_id = ? and action = 'thread.dismiss'",
        id,
      );
      expect(audits).toEqual([{ actor: "mod-1", target: `reply:${id}-r1` }]);
    });

    it("counts a middle-band offer apart from answers", async () => {
      const { id, claim } = await place(engine());
      await replies().claimThread(claim({ offeredSlugs: ["payouts", "fees"], slug: "payouts" }));
      expect(await replies().findAnswer(`${id}-r1`)).toMatchObject({ offeredSlugs: ["payouts", "fees"] });
      expect(await replies().stats(id, 5)).toMatchObject({ answered: 0, offered: 1 });
    });
  });

  describe("the unanswered list and /faq teach", () => {
    it("records a question once per message, lists one line per wording newest first, and leaves out non-gaps", async () => {
      const { id, question } = await place(engine());
      await replies().recordUnanswered(question());
      await replies().recordUnanswered(question());
      await replies().recordUnanswered(
        question({ messageId: "q-2", text: "how do I get PAID faster", createdAt: at(5).toISOString() }),
      );
      await replies().recordUnanswered(
        question({ messageId: "q-3", text: "thanks!", normalisedText: "thanks", reason: "not-a-question" }),
      );
      await replies().recordUnanswered(
        question({
          messageId: "q-4",
          text: "What is a connect?",
          normalisedText: "what is a connect",
          reason: "ambiguous",
          bestSlug: null,
          bestConfidence: null,
          createdAt: at(9).toISOString(),
        }),
      );
      const listed = await replies().listUnanswered(id, 10);
      expect(listed.map(({ id: _id, ...line }) => line)).toEqual([
        {
          text: "What is a connect?",
          normalisedText: "what is a connect",
          reason: "ambiguous",
          bestSlug: null,
          bestConfidence: null,
          count: 1,
          lastAskedAt: at(9).toISOString(),
        },
        {
          text: "how do I get PAID faster",
          normalisedText: "how do i get paid faster",
          reason: "low-confidence",
          bestSlug: "payouts",
          bestConfidence: 0.4,
          count: 2,
          lastAskedAt: at(5).toISOString(),
        },
      ]);
      expect(await replies().listUnanswered(id, 1)).toHaveLength(1);
      const stats = await replies().stats(id, 5);
      expect(stats).toMatchObject({ silent: 4, silentByReason: { "low-confidence": 2, ambiguous: 1 } });
      expect(stats.topUnanswered[0]).toMatchObject({ count: 2, reason: "low-confidence" });

      const newest = listed[1]?.id ?? -1;
      expect(await replies().findUnanswered(id, newest)).toMatchObject({
        text: "how do I get PAID faster",
        taughtSlug: null,
      });
      expect(await replies().findUnanswered(`${id}-other`, newest)).toBeNull();
      expect(await replies().markTaught(id, "how do i get paid faster", "payouts", at(20))).toBe(2);
      expect(await replies().markTaught(id, "how do i get paid faster", "payouts", at(21))).toBe(0);
      expect((await replies().findUnanswered(id, newest))?.taughtSlug).toBe("payouts");
      expect((await replies().listUnanswered(id, 10)).map((line) => line.normalisedText)).toEqual([
        "what is a connect",
      ]);
    });
  });

  describe("wording demotions", () => {
    it("demotes once per wording and entry, per community, until lifted", async () => {
      const { id } = await place(engine());
      const { id: other } = await place(engine());
      const demotions = engine().stores.faq.demotions;
      expect(await demotions.demotedSlugs(id, "when is payday")).toEqual([]);
      await demotions.demote(id, "when is payday", "payouts", at(1));
      await demotions.demote(id, "when is payday", "payouts", at(2));
      await demotions.demote(id, "when is payday", "fees", at(3));
      expect((await demotions.demotedSlugs(id, "when is payday")).sort()).toEqual(["fees", "payouts"]);
      expect(await demotions.demotedSlugs(other, "when is payday")).toEqual([]);
      expect(await demotions.demotedSlugs(id, "when is payday?")).toEqual([]);
      expect(await demotions.lift(id, "when is payday", "payouts")).toBe(true);
      expect(await demotions.lift(id, "when is payday", "payouts")).toBe(false);
      expect(await demotions.demotedSlugs(id, "when is payday")).toEqual(["fees"]);
    });
  });
});
