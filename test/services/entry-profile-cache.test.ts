import { describe, expect, it } from "vitest";
import { profileEntry } from "../../src/core/faq/rank-candidates.js";
import { EntryProfileCache } from "../../src/services/entry-profile-cache.js";

const entry = (answer: string, aliases: string[] = ["when does the badge show"]) => ({
  slug: "badge-delay",
  question: "How long until the Top Rated badge shows up?",
  aliases,
  tags: ["top-rated"],
  answer,
});

describe("EntryProfileCache", () => {
  it("gives an entry the profile of its own text when others share its question", () => {
    const cache = new EntryProfileCache(10);
    const original = entry("Usually within a few days of the weekly evaluation.");
    const edited = entry("Refunds go back to the original card within five business days.");
    const otherAliases = entry(original.answer, ["refund card"]);
    for (const text of [original, edited, otherAliases, original, edited]) {
      expect(cache.profileOf(text)).toEqual(profileEntry(text));
    }
    expect(cache.profileOf(edited)).not.toEqual(cache.profileOf(original));
  });

  it("reuses one profile for the same text in another object (another community's copy)", () => {
    const cache = new EntryProfileCache(10);
    const first = cache.profileOf(entry("Usually within a few days."));
    expect(cache.profileOf({ ...entry("Usually within a few days."), slug: "copy" })).toBe(first);
  });

  it("keeps at most its capacity, dropping the least recently used", () => {
    const cache = new EntryProfileCache(2);
    const texts = ["one answer", "two answer", "three answer"].map((answer, index) => ({
      ...entry(answer),
      question: `question ${index}`,
    }));
    const [one, two, three] = texts.map((text) => cache.profileOf(text));
    // `one` was dropped when `three` came in; `two` and `three` are still held.
    expect(cache.profileOf(texts[1] ?? entry(""))).toBe(two);
    expect(cache.profileOf(texts[2] ?? entry(""))).toBe(three);
    expect(cache.profileOf(texts[0] ?? entry(""))).not.toBe(one);
  });
});
