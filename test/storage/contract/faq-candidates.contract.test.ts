import { describe, expect, it } from "vitest";
import { describeEachEngine } from "./contract-engines.js";
import { at, freshCommunity, moderator, sampleEntry } from "./contract-fixtures.js";

const t0 = at("2026-11-01T10:00:00.000Z");
const t1 = at("2026-11-02T10:00:00.000Z");
const t2 = at("2026-11-03T10:00:00.000Z");

describeEachEngine("FAQ candidate scan", ({ engine }) => {
  describe("the full-text search follows every change", () => {
    it("finds an added entry through question, alias, tag and answer words, with stemming", async () => {
      const { faq: store } = await freshCommunity(engine());
      await store.entries.add(sampleEntry(), moderator, t0);
      // Quoted words joined by OR and AND: the only expressions src/core/faq builds.
      const expressions = ['"badge"', '"appear"', '"delay"', '"badges"', '"weekly"', '"shows" AND "top"'];
      for (const expression of [...expressions, '("tr" OR "badge") AND "delay"']) {
        expect(
          (await store.candidates.findCandidates(expression, 5)).map((candidate) => candidate.slug),
          expression,
        ).toEqual(["top-rated-badge-delay"]);
      }
    });

    it("drops the old words and finds the new ones after an edit", async () => {
      const { faq: store } = await freshCommunity(engine());
      await store.entries.add(sampleEntry(), moderator, t0);
      await store.entries.edit(
        "top-rated-badge-delay",
        {
          question: "When will the talent badge be visible?",
          aliases: ["visibility lag"],
          answer: "Within a week.",
        },
        { reason: "reword" },
        moderator,
        t1,
      );
      expect(
        (await store.candidates.findCandidates('"visible"', 5)).map((candidate) => candidate.slug),
      ).toEqual(["top-rated-badge-delay"]);
      expect(await store.candidates.findCandidates('"lag"', 5)).toHaveLength(1);
      expect(await store.candidates.findCandidates('"weekly"', 5)).toEqual([]);
      expect(await store.candidates.findCandidates('"appear"', 5)).toEqual([]);
    });

    it("leaves archived entries out of the index and brings them back on restore", async () => {
      const { faq: store } = await freshCommunity(engine());
      await store.entries.add(sampleEntry(), moderator, t0);
      await store.entries.archive("top-rated-badge-delay", { reason: "outdated" }, moderator, t1);
      expect(await store.candidates.findCandidates('"badge"', 5)).toEqual([]);
      expect(await store.candidates.scanCandidates('"badge"', 5)).toEqual([]);
      await store.entries.restore("top-rated-badge-delay", {}, moderator, t2);
      expect(
        (await store.candidates.findCandidates('"badge"', 5)).map((candidate) => candidate.slug),
      ).toEqual(["top-rated-badge-delay"]);
    });

    it("indexes alias and tag values, not their JSON punctuation or escapes", async () => {
      const { faq: store } = await freshCommunity(engine());
      await store.entries.add(
        sampleEntry({ slug: "quoted", aliases: ['the "TR+" badge', "café fees"], tags: ["fees"] }),
        moderator,
        t0,
      );
      expect((await store.candidates.findCandidates('"cafe"', 5)).map((candidate) => candidate.slug)).toEqual(
        ["quoted"],
      );
      expect(await store.candidates.findCandidates('"u0022"', 5)).toEqual([]);
    });

    it("returns candidates best first with the candidate fields, favouring question and alias hits", async () => {
      const { faq: store } = await freshCommunity(engine());
      await store.entries.add(
        sampleEntry({
          slug: "answer-mention",
          question: "What are the fees?",
          aliases: [],
          answer: "Nothing about escrow here.",
        }),
        moderator,
        t0,
      );
      await store.entries.add(
        sampleEntry({ slug: "question-mention", question: "How does escrow work?", aliases: [] }),
        moderator,
        t0,
      );
      await store.entries.add(
        sampleEntry({ slug: "alias-mention", question: "Money held", aliases: ["escrow"] }),
        moderator,
        t0,
      );
      const candidates = await store.candidates.findCandidates('"escrow"', 10);
      // Question (weight 10) and alias (8) hits outrank a hit in the answer (1).
      expect(candidates.map((candidate) => candidate.slug)).toEqual([
        "question-mention",
        "alias-mention",
        "answer-mention",
      ]);
      for (const candidate of candidates) expect(candidate.bm25).toBeLessThan(0);
      expect(candidates[0]).toEqual({
        slug: "question-mention",
        question: "How does escrow work?",
        answer: sampleEntry().answer,
        aliases: [],
        tags: ["top-rated", "badges"],
        sources: sampleEntry().sources,
        criteria: ["top_rated.jss_current"],
        reviewBy: "2027-01-01",
        updatedAt: t0.toISOString(),
        bm25: candidates[0]?.bm25,
      });
      expect(await store.candidates.findCandidates('"escrow"', 2)).toHaveLength(2);
      expect(await store.candidates.findCandidates('"escrow"', 0)).toEqual([]);
      expect(await store.candidates.findCandidates('"escrow"', 1.7)).toHaveLength(1);
      expect(await store.candidates.findCandidates('"escrow"', Number.NaN)).toEqual([]);
      expect(await store.candidates.findCandidates("   ", 5)).toEqual([]);
    });
  });

  describe("the bounded scan behind every search", () => {
    it("returns the entry the expression names, from this community only, published only", async () => {
      const mine = await freshCommunity(engine());
      const theirs = await freshCommunity(engine());
      await mine.faq.entries.add(sampleEntry(), moderator, t0);
      await mine.faq.entries.add(
        sampleEntry({ slug: "jss-basics", question: "How is the Job Success Score computed?", aliases: [] }),
        moderator,
        t0,
      );
      await mine.faq.entries.add(
        sampleEntry({ slug: "old-jss", question: "Job Success Score before 2020", aliases: [] }),
        moderator,
        t0,
      );
      await mine.faq.entries.archive("old-jss", {}, moderator, t1);
      await theirs.faq.entries.add(
        sampleEntry({ slug: "their-jss", question: "Job Success Score in our server", aliases: [] }),
        moderator,
        t0,
      );
      const scanned = await mine.faq.candidates.scanCandidates('"job" AND "success" AND "computed"', 10);
      expect(scanned).toEqual([
        {
          slug: "jss-basics",
          question: "How is the Job Success Score computed?",
          answer: sampleEntry().answer,
          aliases: [],
          tags: sampleEntry().tags,
          sources: sampleEntry().sources,
          criteria: sampleEntry().criteria,
          reviewBy: "2027-01-01",
          updatedAt: t0.toISOString(),
        },
      ]);
      expect(
        (await mine.faq.candidates.scanCandidates('"job" AND "success"', 10)).map((entry) => entry.slug),
      ).toEqual(["jss-basics"]);
      expect(
        (await mine.faq.candidates.scanCandidates('"success" OR "badge"', 10))
          .map((entry) => entry.slug)
          .sort(),
      ).toEqual(["jss-basics", "top-rated-badge-delay"]);
      expect(
        (await theirs.faq.candidates.scanCandidates('"success"', 10)).map((entry) => entry.slug),
      ).toEqual(["their-jss"]);
    });

    it("stops at the limit and answers nothing for an empty expression", async () => {
      const { faq } = await freshCommunity(engine());
      for (let index = 0; index < 6; index++) {
        await faq.entries.add(
          sampleEntry({ slug: `rising-${index}`, question: `Rising Talent question ${index}?` }),
          moderator,
          t0,
        );
      }
      expect(await faq.candidates.scanCandidates('"rising" AND "talent"', 3)).toHaveLength(3);
      expect(await faq.candidates.scanCandidates('"rising"', 50)).toHaveLength(6);
      expect(await faq.candidates.scanCandidates("", 10)).toEqual([]);
      expect(await faq.candidates.scanCandidates('"nowhere"', 10)).toEqual([]);
    });

    it("takes the first matches in id order, however far apart, each once, after edits too", async () => {
      // 120 entries: PostgreSQL's scan tests a prefix of 50 entries per row asked for, then takes
      // the sparse rest from the index (migrations/postgres/0006); both steps must join seamlessly.
      const { faq } = await freshCommunity(engine());
      const rare = new Map([
        [70, "zebra"],
        [110, "zebra"],
        [20, "okapi"],
      ]);
      for (let index = 0; index < 120; index++) {
        const word = rare.get(index) ?? "filler";
        await faq.entries.add(
          sampleEntry({
            slug: `entry-${index}`,
            question: `A ${word} question number ${index}?`,
            aliases: [],
          }),
          moderator,
          t0,
        );
      }
      const slugs = async (expression: string, limit: number) =>
        (await faq.candidates.scanCandidates(expression, limit)).map((entry) => entry.slug);
      expect(await slugs('"zebra"', 1)).toEqual(["entry-70"]);
      expect(await slugs('"zebra"', 2)).toEqual(["entry-70", "entry-110"]);
      expect(await slugs('"zebra"', 5)).toEqual(["entry-70", "entry-110"]);
      expect(await slugs('"zebra" OR "okapi"', 2)).toEqual(["entry-20", "entry-70"]);
      expect(await slugs('"filler"', 3)).toEqual(["entry-0", "entry-1", "entry-2"]);
      // An edit rewrites the row (PostgreSQL stores a new version elsewhere); the order stays by id.
      await faq.entries.edit(
        "entry-70",
        { answer: "Edited zebra answer." },
        { reason: "edit" },
        moderator,
        t1,
      );
      await faq.entries.archive("entry-110", {}, moderator, t1);
      expect(await slugs('"zebra"', 5)).toEqual(["entry-70"]);
    });

    it("hands out the current text after every edit, however often the entry was scanned before", async () => {
      const { faq } = await freshCommunity(engine());
      await faq.entries.add(sampleEntry({ slug: "payout", question: "When is the payout?" }), moderator, t0);
      const answerOf = async () => (await faq.candidates.scanCandidates('"payout"', 5))[0]?.answer;
      const first = await answerOf();
      expect(await answerOf()).toBe(first);
      for (const [index, answer] of ["Five days after approval.", "Ten days after approval."].entries()) {
        await faq.entries.edit("payout", { answer }, { reason: "edit" }, moderator, index === 0 ? t1 : t2);
        expect(await answerOf()).toBe(answer);
        expect(await answerOf()).toBe(answer);
      }
      await faq.entries.archive("payout", {}, moderator, t2);
      expect(await answerOf()).toBeUndefined();
    });
  });

  describe("did you mean", () => {
    it("suggests a few published slugs near what was typed, sorted, never an archived one", async () => {
      const { faq } = await freshCommunity(engine());
      for (const slug of [
        "jss-calculation",
        "jss-hidden",
        "payout-schedule",
        "rising-talent",
        "zz-retired",
      ]) {
        await faq.entries.add(
          sampleEntry({ slug, question: `About ${slug.replace(/-/g, " ")}?` }),
          moderator,
          t0,
        );
      }
      await faq.entries.archive("zz-retired", {}, moderator, t1);
      const near = await faq.entries.slugsNear("jss-calc", 3);
      expect(near).toContain("jss-calculation");
      expect(near.length).toBeLessThanOrEqual(3);
      expect([...near].sort()).toEqual(near);
      expect(await faq.entries.slugsNear("zz-retired", 5)).not.toContain("zz-retired");
    });
  });
});
