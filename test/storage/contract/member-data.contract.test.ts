import { describe, expect, it } from "vitest";
import type { FaqActor } from "../../../src/core/faq/types.js";
import { describeEachEngine, type OpenEngine } from "./contract-engines.js";
import { freshCommunity } from "./contract-fixtures.js";

const day = 24 * 60 * 60 * 1000;
const now = new Date("2026-11-26T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * day);
const secret = "I earn $1000 a month, how do I file taxes in Germany?";

/**
 * Everything "ana" leaves in a community at `when`: a silence, a thread she asked in and rated,
 * an offer click, a pending suggestion, support for bo's suggestion and a flood-limit use.
 */
async function anaLeavesTraces(engine: OpenEngine, id: string, when: Date) {
  const { stores } = engine;
  const tag = String(when.getTime());
  const ana: FaqActor = { platform: "discord", spaceId: id, userId: "ana" };
  const bo: FaqActor = { ...ana, userId: "bo" };
  await stores.threadReplies.recordUnanswered({
    communityId: id,
    platform: "discord",
    spaceId: id,
    channelId: "forum",
    threadId: `silent-${tag}`,
    messageId: `silent-${tag}`,
    authorId: "ana",
    text: secret,
    normalisedText: "taxes germany",
    reason: "low-confidence",
    bestSlug: null,
    bestConfidence: 0.2,
    createdAt: when.toISOString(),
  });
  const replyId = `${id}-${tag}`;
  await stores.threadReplies.claimThread({
    answer: {
      replyId,
      communityId: id,
      platform: "discord",
      spaceId: id,
      channelId: "forum",
      threadId: `asked-${tag}`,
      questionMessageId: `asked-${tag}`,
      askerId: "ana",
      decision: "posted",
      slug: "payouts",
      confidence: 0.9,
      targetChannelId: "forum",
      questionText: secret,
      offeredSlugs: [],
      createdAt: when.toISOString(),
    },
    autoAnswer: true,
    cooldownSeconds: 0,
    now: when,
    lease: null,
  });
  const answerId = (await stores.threadReplies.findAnswer(replyId))?.id ?? -1;
  await stores.threadReplies.insertFeedback(answerId, "ana", "helpful", when);
  await stores.threadReplies.insertOfferClick(answerId, "ana", "payouts", when);
  await stores.faq.suggestions.suggest(
    id,
    { question: `${secret} (${tag})`, answer: "Ask an adviser." },
    ana,
    when,
  );
  const wording = `Is the badge permanent (${tag})?`;
  await stores.faq.suggestions.suggest(id, { question: wording, answer: "Yes." }, bo, when);
  await stores.faq.suggestions.suggest(id, { question: wording, answer: "Yes." }, ana, when);
  await stores.memberLimits.takeAllowance(
    { community: id, platform: "discord", spaceId: id, memberId: "ana", activity: "mention", eventKey: tag },
    { activity: "mention", limit: 10, windowSeconds: 3600 },
    when,
  );
}

describeEachEngine("member data", ({ engine }) => {
  const dump = async (id: string) =>
    JSON.stringify(
      await Promise.all(
        ["unanswered_questions", "thread_answers", "faq_suggestions", "member_activity", "web_consents"].map(
          (table) => engine().rows(`select * from ${table} where community_id = ? order by id`, id),
        ),
      ),
    ) +
    JSON.stringify(await engine().rows("select user_id from thread_feedback")) +
    JSON.stringify(await engine().rows("select user_id from thread_offer_clicks")) +
    JSON.stringify(await engine().rows("select member_id from faq_suggestion_supporters"));

  describe("eraseMember", () => {
    it("removes or anonymises everything about one member, in one audited step that keeps no text", async () => {
      const { id, auditRows } = await freshCommunity(engine(), "erase");
      await anaLeavesTraces(engine(), id, now);
      expect(await dump(id)).toContain('"ana"');
      const moderator: FaqActor = { platform: "discord", spaceId: id, userId: "mod" };
      const counts = await engine().stores.memberData.eraseMember(
        id,
        { platform: "discord", memberId: "ana" },
        moderator,
        now,
      );
      expect(counts).toEqual({
        unansweredQuestions: 1,
        threadAnswers: 1,
        feedback: 1,
        offerClicks: 1,
        suggestions: 1,
        supporters: 1,
        activity: 1,
        webConsents: 0,
      });
      const tables = await dump(id);
      expect(tables).not.toContain('"ana"');
      expect(tables).not.toContain("I earn");
      // bo's suggestion stays, and the answered thread keeps its once-per-thread row.
      expect(tables).toContain("badge permanent");
      expect(await engine().rows("select id from thread_answers where community_id = ?", id)).toHaveLength(1);
      const audit = (await auditRows()).filter((row) => row.action === "privacy.erase");
      expect(audit).toEqual([
        expect.objectContaining({ actor: "mod", target: "member:discord:ana", detail: counts }),
      ]);
      // A second request finds nothing more to erase.
      const again = await engine().stores.memberData.eraseMember(
        id,
        { platform: "discord", memberId: "ana" },
        moderator,
        now,
      );
      expect(Object.values(again)).toEqual(Array(8).fill(0));
    });

    it("deletes the member's web consents: the web no longer names them nor shows their captured answer", async () => {
      const { id } = await freshCommunity(engine(), "erase-consent");
      const { stores } = engine();
      const moderator: FaqActor = { platform: "discord", spaceId: id, userId: "mod" };
      const ana: FaqActor = { ...moderator, userId: "ana" };
      const saved = await stores.faq.suggestions.saveThreadAnswerAsSuggestion(
        id,
        {
          channelId: "forum",
          threadId: "thread-1",
          openingQuestion: "When do Connects come back?",
          answerText: "Connects come back when the client cancels the post.",
          answerMessageLink: "https://discord.com/channels/1/2/3",
          answerAuthorId: "ana",
        },
        moderator,
        now,
      );
      if (!saved.ok) throw new Error("the capture was not filed");
      const suggestionId = saved.value.suggestion.id;
      const approved = await stores.faq.suggestions.approve(id, suggestionId, {}, moderator, now);
      if (!approved.ok) throw new Error("the capture was not approved");
      await stores.faq.webConsent.askOnce(id, suggestionId, "ana", now);
      await stores.faq.webConsent.decide(
        id,
        suggestionId,
        ana,
        { publish: "granted", creditName: "Ana" },
        now,
      );
      expect(await stores.faq.webConsent.capturedOrigins(id, null)).toMatchObject([
        { publish: "granted", creditName: "Ana" },
      ]);
      const counts = await stores.memberData.eraseMember(
        id,
        { platform: "discord", memberId: "ana" },
        moderator,
        now,
      );
      expect(counts.webConsents).toBe(2);
      expect(await stores.faq.webConsent.listForMember(id, "ana")).toEqual([]);
      // The capture stays (its text is the FAQ's), but no longer says whose answer it was.
      expect(counts.suggestions).toBe(1);
      expect(
        await engine().rows("select answer_author_id from faq_suggestions where community_id = ?", id),
      ).toEqual([{ answer_author_id: null }]);
      // No consent is no publication: the captured answer is hidden and nobody is credited.
      expect(await stores.faq.webConsent.capturedOrigins(id, null)).toMatchObject([
        { slug: approved.value.entry.slug, publish: null, creditName: null },
      ]);
    });
  });

  describe("purgeBefore", () => {
    it("removes member data recorded before the cutoff, keeps the newer, and a second run finds nothing", async () => {
      const { id } = await freshCommunity(engine(), "purge");
      await anaLeavesTraces(engine(), id, daysAgo(91));
      await anaLeavesTraces(engine(), id, daysAgo(10));
      const counts = await engine().stores.memberData.purgeBefore(id, daysAgo(90));
      expect(counts).toMatchObject({ unansweredQuestions: 1, threadAnswers: 1, feedback: 1, offerClicks: 1 });
      const rows = (statement: string) => engine().rows(statement, id);
      expect(await rows("select id from unanswered_questions where community_id = ?")).toHaveLength(1);
      expect(
        await rows("select id from thread_answers where community_id = ? and asker_id = 'ana'"),
      ).toHaveLength(1);
      expect(
        await rows(
          "select f.id from thread_feedback f join thread_answers a on a.id = f.answer_id where a.community_id = ? and f.user_id = 'ana'",
        ),
      ).toHaveLength(1);
      expect(Object.values(await engine().stores.memberData.purgeBefore(id, daysAgo(90)))).toEqual(
        Array(8).fill(0),
      );
      await engine().stores.memberData.purgeBefore(id, daysAgo(7));
      expect(await rows("select id from unanswered_questions where community_id = ?")).toEqual([]);
      expect(
        await rows("select id from thread_answers where community_id = ? and question_text is not null"),
      ).toEqual([]);
    });
  });
});
