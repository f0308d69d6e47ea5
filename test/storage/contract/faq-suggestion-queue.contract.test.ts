import { describe, expect, it } from "vitest";
import type { FaqActor } from "../../../src/core/faq/types.js";
import { describeEachEngine } from "./contract-engines.js";
import { at, freshCommunity } from "./contract-fixtures.js";

const t0 = at("2026-11-01T10:00:00.000Z");
const t1 = at("2026-11-02T10:00:00.000Z");
const t2 = at("2026-11-03T10:00:00.000Z");
const memberNamed = (userId: string): FaqActor => ({ platform: "console", spaceId: "console", userId });

describeEachEngine("the suggestion queue", ({ engine }) => {
  describe("the same wording", () => {
    it("merges into the pending suggestion, counting each other member once", async () => {
      const { faq } = await freshCommunity(engine(), "merge");
      const first = await faq.suggestions.suggest(
        { question: "Is the Rising Talent badge permanent?", answer: "No." },
        memberNamed("bo"),
        t0,
      );
      if (!first.ok) throw new Error("the first suggestion was not filed");
      const again = (userId: string, question: string) =>
        faq.suggestions.suggest({ question, answer: "Another answer." }, memberNamed(userId), t1);
      expect(await again("cy", "is the rising talent badge PERMANENT")).toMatchObject({
        ok: true,
        value: { duplicate: true, suggestion: { id: first.value.suggestion.id, answer: "No." } },
      });
      // The same member twice, and the suggester repeating their own words, add nobody.
      await again("cy", "Is the Rising Talent badge permanent?");
      await again("bo", "Is the Rising Talent badge permanent?");
      expect(await faq.suggestions.listQueue()).toMatchObject([
        { id: first.value.suggestion.id, askedBy: 2 },
      ]);
    });

    it("files the wording again once the earlier suggestion was decided", async () => {
      const { faq } = await freshCommunity(engine(), "merge-decided");
      const first = await faq.suggestions.suggest(
        { question: "How do Connects refund?", answer: "Automatically." },
        memberNamed("ana"),
        t0,
      );
      if (!first.ok) throw new Error("the first suggestion was not filed");
      await faq.suggestions.reject(first.value.suggestion.id, "unclear", memberNamed("mod"), t1);
      const second = await faq.suggestions.suggest(
        { question: "How do Connects refund?", answer: "Automatically." },
        memberNamed("bo"),
        t2,
      );
      expect(second).toMatchObject({ ok: true, value: { duplicate: false } });
    });
  });

  describe("listQueue views", () => {
    async function queueOfThree() {
      const { faq } = await freshCommunity(engine(), "views");
      const file = async (userId: string, question: string, answer: string, when: Date) => {
        const filed = await faq.suggestions.suggest({ question, answer }, memberNamed(userId), when);
        if (!filed.ok) throw new Error(`not filed: ${question}`);
        return filed.value.suggestion.id;
      };
      const rate = await file(
        "ana",
        "How do I raise my rate with an existing client?",
        "Tell them early.",
        t0,
      );
      const badge = await file("bo", "Is the Rising Talent badge permanent?", "No.", t1);
      const fees = await file("cy", "Why is the fee 10%_ now?", "The fee changed.", t2);
      await faq.suggestions.suggest(
        { question: "is the rising talent badge permanent", answer: "-" },
        memberNamed("dee"),
        t2,
      );
      const ids = async (
        sort: "oldest" | "newest" | "most-asked",
        filter: { author?: string; text?: string } = {},
      ) => (await faq.suggestions.listQueue(25, { sort, ...filter })).map((item) => item.id);
      return { faq, rate, badge, fees, ids };
    }

    it("sorts oldest first by default, newest first, or by how many asked", async () => {
      const { faq, rate, badge, fees, ids } = await queueOfThree();
      expect((await faq.suggestions.listQueue()).map((item) => item.id)).toEqual([rate, badge, fees]);
      expect(await ids("newest")).toEqual([fees, badge, rate]);
      expect(await faq.suggestions.listQueue(25, { sort: "most-asked" })).toMatchObject([
        { id: badge, askedBy: 2 },
        { id: rate, askedBy: 1 },
        { id: fees, askedBy: 1 },
      ]);
      expect(await faq.suggestions.listQueue(1, { sort: "most-asked" })).toHaveLength(1);
    });

    it("narrows to one suggester, or to text in the question or answer as typed, any case", async () => {
      const { rate, badge, fees, ids } = await queueOfThree();
      expect(await ids("oldest", { author: "ana" })).toEqual([rate]);
      expect(await ids("oldest", { text: "RAISE my rate" })).toEqual([rate]);
      expect(await ids("oldest", { text: "tell them" })).toEqual([rate]);
      // % and _ are the moderator's characters, not patterns.
      expect(await ids("oldest", { text: "10%_" })).toEqual([fees]);
      expect(await ids("oldest", { text: "%" })).toEqual([fees]);
      expect(await ids("oldest", { text: "_" })).toEqual([fees]);
      expect(await ids("most-asked", { author: "bo", text: "badge" })).toEqual([badge]);
      expect(await ids("oldest", { author: "nobody" })).toEqual([]);
    });
  });
});
