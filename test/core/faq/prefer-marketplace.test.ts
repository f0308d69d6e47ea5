import { describe, expect, it } from "vitest";
import {
  marketplaceOfEntry,
  marketplacesNamedIn,
  preferMarketplace,
  preferredMarketplace,
} from "../../../src/core/faq/prefer-marketplace.js";
import {
  confidenceOf,
  type MatchableEntry,
  type RankedMatch,
} from "../../../src/core/faq/rank-candidates.js";

describe("marketplacesNamedIn", () => {
  it.each([
    ["How do the Fiverr levels work now?", ["fiverr"]],
    ["is top rated on up work the same as on FIVERR", ["upwork", "fiverr"]],
    ["what do I need for Super Malter on Malt?", ["malt"]],
    ["how many points for super malter 3", ["malt"]],
    ["Freelancer.com preferred freelancer program requirements", ["freelancer"]],
    ["freelancer dot com preferred program", ["freelancer"]],
    ["how does CERT work on People Per Hour", ["peopleperhour"]],
    ["is the PPH cert level public", ["peopleperhour"]],
    ["how hard is the TopTal screening", ["toptal"]],
    ["does guru.com have levels", ["guru"]],
    ["what does verified mean on Contra", ["contra"]],
    // Everyday words are not marketplaces.
    ["as a new freelancer how do I get top rated", []],
    ["I am an SEO guru, how do I raise my JSS", []],
    ["how long until the badge shows up", []],
  ])("%s names %j", (text, expected) => {
    expect(marketplacesNamedIn(text)).toEqual(expected);
  });
});

describe("marketplaceOfEntry", () => {
  it.each([
    [["status", "fiverr", "levels"], "fiverr"],
    [["freelancer-com"], "freelancer"],
    [["status", "top-rated"], null],
    // Filed under two marketplaces is filed under neither: it is a general entry.
    [["upwork", "fiverr"], null],
  ])("%j is filed under %s", (tags, expected) => {
    expect(marketplaceOfEntry(tags)).toBe(expected);
  });
});

describe("preferredMarketplace", () => {
  it.each([
    ["how do Fiverr levels work", "upwork", "fiverr"],
    ["how do levels work", "fiverr", "fiverr"],
    ["how do levels work", "upwork", "upwork"],
    // A comparison is about no single marketplace.
    ["upwork or fiverr, which has easier levels", "malt", null],
  ] as const)("%s in a %s community prefers %s", (question, community, expected) => {
    expect(preferredMarketplace(question, community)).toBe(expected);
  });
});

function match(slug: string, tags: string[], relevance: number): RankedMatch<MatchableEntry> {
  return {
    entry: { slug, question: slug, aliases: [], tags, answer: "" },
    relevance,
    margin: Number.NaN,
    confidence: Number.NaN,
    standaloneConfidence: 0.5,
  };
}

const rounded = (relevance: number, margin: number) =>
  Math.min(0.999, Math.round(confidenceOf(relevance, margin) * 1000) / 1000);

describe("preferMarketplace", () => {
  // Fiverr's Top Rated entry edges out Upwork's on wording alone.
  const ranked = [
    match("fiverr-top-rated-review", ["fiverr", "top-rated"], 0.8),
    match("top-rated-requirements", ["upwork", "top-rated"], 0.78),
    match("write-a-proposal", ["profile"], 0.5),
    match("top-rated-badge-delay", ["upwork", "top-rated"], 0.3),
  ];

  it("puts the community's entries and general ones first, scored among themselves", () => {
    const preferred = preferMarketplace(ranked, "upwork");
    expect(preferred.map((entry) => entry.entry.slug)).toEqual([
      "top-rated-requirements",
      "write-a-proposal",
      "top-rated-badge-delay",
      "fiverr-top-rated-review",
    ]);
    const [best, second] = preferred;
    expect(best).toMatchObject({ margin: 0.78 - 0.5, confidence: rounded(0.78, 0.78 - 0.5) });
    expect(second).toMatchObject({ margin: 0.5 - 0.78, confidence: rounded(0.5, 0.5 - 0.78) });
    // Relevance and the standalone confidence do not depend on the others, so they stay.
    expect(best?.relevance).toBe(0.78);
    expect(best?.standaloneConfidence).toBe(0.5);
    // The other marketplace's entry follows as it was ranked.
    expect(preferred.at(-1)).toBe(ranked[0]);
  });

  it("keeps a named marketplace's entry first and no longer shadowed by the near-duplicate", () => {
    const [best] = preferMarketplace(ranked, "fiverr");
    expect(best?.entry.slug).toBe("fiverr-top-rated-review");
    expect(best?.margin).toBeCloseTo(0.8 - 0.5);
  });

  it("returns the ranking as it was with no preference, or when nothing fits it", () => {
    expect(preferMarketplace(ranked, null)).toEqual(ranked);
    const onlyFiverr = [ranked[0] as RankedMatch<MatchableEntry>];
    expect(preferMarketplace(onlyFiverr, "malt")).toEqual(onlyFiverr);
    expect(preferMarketplace([], "upwork")).toEqual([]);
  });

  it("does not change the list it is given", () => {
    const copy = structuredClone(ranked);
    preferMarketplace(ranked, "upwork");
    expect(ranked).toEqual(copy);
  });
});
