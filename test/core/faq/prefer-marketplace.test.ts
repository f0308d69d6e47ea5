import { describe, expect, it } from "vitest";
import {
  marketplaceOfEntry,
  marketplacesNamedIn,
  preferredMarketplace,
  splitByMarketplace,
} from "../../../src/core/faq/prefer-marketplace.js";

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

describe("splitByMarketplace", () => {
  const entry = (slug: string, tags: string[]) => ({ slug, tags });
  const candidates = [
    entry("fiverr-top-rated-review", ["fiverr", "top-rated"]),
    entry("top-rated-requirements", ["upwork", "top-rated"]),
    entry("write-a-proposal", ["profile"]),
  ];

  it("puts the preferred marketplace's entries and general ones first, the others after", () => {
    expect(splitByMarketplace(candidates, "upwork")).toEqual({
      fitting: [candidates[1], candidates[2]],
      others: [candidates[0]],
    });
    expect(splitByMarketplace(candidates, "fiverr")?.others).toEqual([candidates[1]]);
  });

  it("changes nothing with no preference, or when every candidate or none fits", () => {
    expect(splitByMarketplace(candidates, null)).toBeNull();
    expect(splitByMarketplace(candidates.slice(1), "upwork")).toBeNull();
    expect(splitByMarketplace(candidates.slice(0, 1), "malt")).toBeNull();
    expect(splitByMarketplace([], "upwork")).toBeNull();
  });
});
