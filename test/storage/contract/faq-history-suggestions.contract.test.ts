import { describe, expect, it } from "vitest";
import { describeEachEngine } from "./contract-engines.js";
import { at, freshCommunity, moderator, otherModerator, sampleEntry } from "./contract-fixtures.js";

const t0 = at("2026-11-01T10:00:00.000Z");
const t1 = at("2026-11-02T10:00:00.000Z");
const t2 = at("2026-11-03T10:00:00.000Z");

describeEachEngine("FAQ history and suggestions", ({ engine }) => {
  describe("revert", () => {
    it("restores an earlier version's text exactly, as a new version, keeping the replaced text", async () => {
      const { faq: store, auditRows } = await freshCommunity(engine());
      const original = sampleEntry({
        answer: "Line one.\n\n- a list item with `code` and an emoji 🎉\n  trailing spaces  ",
        aliases: ["α", "b"],
      });
      await store.entries.add(original, moderator, t0);
      await store.entries.edit(
        original.slug,
        { question: "Changed?", answer: "Changed.", aliases: [], tags: ["x"], sources: [], reviewBy: null },
        { reason: "rewrite" },
        moderator,
        t1,
      );
      const reverted = await store.history.revert(
        original.slug,
        1,
        { reason: "the rewrite was wrong" },
        otherModerator,
        t2,
      );
      expect(reverted.ok && reverted.value.changed).toBe(true);
      const entry = await store.entries.getBySlug(original.slug);
      expect(entry).toMatchObject({
        question: original.question,
        answer: original.answer,
        aliases: original.aliases,
        tags: original.tags,
        sources: original.sources,
        criteria: original.criteria,
        reviewBy: original.reviewBy,
        version: 3,
      });
      expect(
        (await store.history.history(original.slug))?.revisions.map((revision) => [
          revision.version,
          revision.question,
        ]),
      ).toEqual([
        [2, "Changed?"],
        [1, original.question],
      ]);
      expect((await auditRows()).at(-1)).toMatchObject({ action: "faq.revert", actor: "mod-2" });
      expect(await store.candidates.findCandidates('"changed"', 5)).toEqual([]);
    });

    it("answers no-such-version for a version the entry never had, and no change for the current one", async () => {
      const { faq: store, snapshot } = await freshCommunity(engine());
      await store.entries.add(sampleEntry(), moderator, t0);
      const before = await snapshot();
      expect(await store.history.revert("top-rated-badge-delay", 7, {}, moderator, t1)).toEqual({
        ok: false,
        code: "no-such-version",
      });
      expect(await store.history.revert("top-rated-badge-delay", 1, {}, moderator, t1)).toMatchObject({
        ok: true,
        value: { changed: false },
      });
      expect(
        await store.history.revert("top-rated-badge-delay", 1, { expectedVersion: 4 }, moderator, t1),
      ).toMatchObject({
        ok: false,
        code: "conflict",
      });
      expect(await snapshot()).toEqual(before);
    });
  });

  describe("suggestions", () => {
    const capture = {
      channelId: "forum-1",
      threadId: "thread-9",
      openingQuestion: "  Why did my JSS vanish after a month off?  ",
      answerText: "It hides when there is not enough recent feedback.",
      answerMessageLink: "https://discord.com/channels/1/2/3",
      answerAuthorId: "author-1",
    };

    it("files Save-as-FAQ as one pending suggestion with a link back, once per message", async () => {
      const { faq: store } = await freshCommunity(engine());
      const first = await store.suggestions.saveThreadAnswerAsSuggestion(capture, otherModerator, t0);
      expect(first).toMatchObject({
        ok: true,
        value: {
          duplicate: false,
          suggestion: {
            question: "Why did my JSS vanish after a month off?",
            answer: capture.answerText,
            platform: "discord",
            spaceId: "guild-1",
            channelId: "forum-1",
            threadId: "thread-9",
            messageLink: capture.answerMessageLink,
            answerAuthorId: "author-1",
            suggestedBy: "mod-2",
            status: "pending",
          },
        },
      });
      const again = await store.suggestions.saveThreadAnswerAsSuggestion(capture, moderator, t1);
      expect(again).toMatchObject({ ok: true, value: { duplicate: true } });
      expect(await store.suggestions.listQueue()).toHaveLength(1);
    });

    it("clips very long thread text for the queue without splitting an emoji", async () => {
      const { faq: store } = await freshCommunity(engine());
      const long = `${"a".repeat(3998)}🎉🎉🎉`;
      const saved = await store.suggestions.saveThreadAnswerAsSuggestion(
        { ...capture, answerText: long },
        moderator,
        t0,
      );
      const answer = saved.ok ? saved.value.suggestion.answer : "";
      expect(answer.length).toBeLessThanOrEqual(4000);
      expect(answer.endsWith("…")).toBe(true);
      expect(/[\uD800-\uDBFF]…$/.test(answer)).toBe(false);
    });

    it("approves with edited text into a new published entry, searchable at once", async () => {
      const { faq: store, auditRows } = await freshCommunity(engine());
      const filed = await store.suggestions.suggest(
        { question: "What is the conversion fee?", answer: "A fee to move a client." },
        moderator,
        t0,
      );
      const id = filed.ok ? filed.value.suggestion.id : -1;
      const approved = await store.suggestions.approve(
        id,
        { answer: "A one-off fee to take a client off the platform.", tags: ["fees"] },
        otherModerator,
        t1,
      );
      expect(approved).toMatchObject({
        ok: true,
        value: {
          entry: {
            slug: "what-is-the-conversion-fee",
            answer: "A one-off fee to take a client off the platform.",
            tags: ["fees"],
          },
          suggestion: {
            status: "approved",
            decidedBy: "mod-2",
            createdEntrySlug: "what-is-the-conversion-fee",
          },
        },
      });
      expect(
        (await store.candidates.findCandidates('"conversion"', 5)).map((candidate) => candidate.slug),
      ).toEqual(["what-is-the-conversion-fee"]);
      expect(await store.suggestions.listQueue()).toEqual([]);
      expect((await auditRows()).at(-1)).toMatchObject({ action: "faq.approve", target: `suggestion:${id}` });
      expect(await store.suggestions.approve(id, {}, moderator, t2)).toEqual({
        ok: false,
        code: "wrong-state",
      });
    });

    it("makes a free slug when the question's slug is taken, and refuses a taken slug given explicitly", async () => {
      const { faq: store } = await freshCommunity(engine());
      await store.entries.add(sampleEntry({ slug: "what-is-jss" }), moderator, t0);
      const a = await store.suggestions.suggest(
        { question: "What is JSS?", answer: "A score." },
        moderator,
        t0,
      );
      // Another wording: the same words as a pending suggestion would be merged into it.
      const b = await store.suggestions.suggest(
        { question: "What is the JSS, exactly?", answer: "A score." },
        moderator,
        t0,
      );
      const idA = a.ok ? a.value.suggestion.id : -1;
      const idB = b.ok ? b.value.suggestion.id : -1;
      expect(await store.suggestions.approve(idA, {}, moderator, t1)).toMatchObject({
        ok: true,
        value: { entry: { slug: "what-is-jss-2" } },
      });
      expect(await store.suggestions.approve(idB, { slug: "what-is-jss" }, moderator, t1)).toEqual({
        ok: false,
        code: "slug-taken",
      });
      expect((await store.suggestions.getSuggestion(idB))?.status).toBe("pending");
    });

    it("rejects with a reason, once", async () => {
      const { faq: store, auditRows } = await freshCommunity(engine());
      const filed = await store.suggestions.suggest({ question: "Q?", answer: "A." }, moderator, t0);
      const id = filed.ok ? filed.value.suggestion.id : -1;
      expect(
        await store.suggestions.reject(id, "duplicate of jss-calculation", otherModerator, t1),
      ).toMatchObject({
        ok: true,
        value: {
          status: "rejected",
          reason: "duplicate of jss-calculation",
          decidedBy: "mod-2",
          decidedAt: t1.toISOString(),
        },
      });
      expect(await store.suggestions.reject(id, "again", moderator, t2)).toEqual({
        ok: false,
        code: "wrong-state",
      });
      expect(await store.suggestions.reject(999, "x", moderator, t2)).toEqual({
        ok: false,
        code: "not-found",
      });
      expect(await store.suggestions.approve(999, {}, moderator, t2)).toEqual({
        ok: false,
        code: "not-found",
      });
      expect((await auditRows()).filter((row) => row.action === "faq.reject")).toHaveLength(1);
    });

    it("lists the queue oldest first", async () => {
      const { faq: store } = await freshCommunity(engine());
      await store.suggestions.suggest({ question: "Later?", answer: "b" }, moderator, t1);
      await store.suggestions.suggest({ question: "Earlier?", answer: "a" }, moderator, t0);
      expect((await store.suggestions.listQueue()).map((suggestion) => suggestion.question)).toEqual([
        "Earlier?",
        "Later?",
      ]);
      expect(await store.suggestions.listQueue(1)).toHaveLength(1);
    });
  });
});
