import { describe, expect, it } from "vitest";
import { at, moderator, openTestFaqStore, sampleEntry, testCommunity } from "./faq-test-database.js";

const target = "target-community";
const t0 = at("2026-11-20T10:00:00Z");

/** `npm run faq -- move-community`: every row of one community re-owned by another, or nothing. */
describe("moveCommunity", () => {
  it("re-owns the entries, the queue and the audit log, and leaves the old community empty", async () => {
    const { stores, store, scoped, addCommunity, auditRows } = openTestFaqStore();
    addCommunity(target);
    await store.entries.add(sampleEntry(), moderator, t0);
    await store.entries.add(sampleEntry({ slug: "jss-basics" }), moderator, t0);
    await store.suggestions.suggest({ question: "Moved too?", answer: "Yes." }, moderator, t0);
    const moved = await stores.communities.moveCommunity(testCommunity, target, moderator, t0);
    expect(moved).toMatchObject({ ok: true, value: { entries: 2, suggestions: 1, threadAnswers: 0 } });
    const there = scoped(target);
    expect((await there.entries.listPublished()).map((entry) => entry.slug).sort()).toEqual([
      "jss-basics",
      "top-rated-badge-delay",
    ]);
    expect((await there.suggestions.listQueue(10)).map((suggestion) => suggestion.question)).toEqual([
      "Moved too?",
    ]);
    expect(await store.entries.listPublished()).toEqual([]);
    expect(await store.suggestions.listQueue(10)).toEqual([]);
    expect(auditRows().length).toBeGreaterThan(0);
  });

  it("refuses a slug the target already has, changing nothing", async () => {
    const { stores, store, scoped, addCommunity, snapshot } = openTestFaqStore();
    addCommunity(target);
    await store.entries.add(sampleEntry(), moderator, t0);
    await scoped(target).entries.add(sampleEntry({ answer: "The target's own text." }), moderator, t0);
    const before = snapshot();
    expect(await stores.communities.moveCommunity(testCommunity, target, moderator, t0)).toEqual({
      ok: false,
      code: "conflict",
      conflicts: ["top-rated-badge-delay"],
    });
    expect(snapshot()).toEqual(before);
  });
});
