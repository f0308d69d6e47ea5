import { describe, expect, it } from "vitest";
import { rankAutocompleteChoices } from "../../../src/adapters/discord/rank-autocomplete-choices.js";

const slugs = [
  "top-rated",
  "top-rated-plus",
  "rising-talent",
  "job-success-score",
  "connects-refund",
  "expert-vetted",
];

describe("rankAutocompleteChoices", () => {
  it.each([
    [
      "",
      [
        "connects-refund",
        "expert-vetted",
        "job-success-score",
        "rising-talent",
        "top-rated",
        "top-rated-plus",
      ],
    ],
    ["top", ["top-rated", "top-rated-plus"]],
    ["TOP RATED", ["top-rated", "top-rated-plus"]],
    ["rated", ["top-rated", "top-rated-plus"]],
    ["talent", ["rising-talent"]],
    // Prefix matches first, then matches inside the slug.
    [
      "e",
      [
        "expert-vetted",
        "connects-refund",
        "job-success-score",
        "rising-talent",
        "top-rated",
        "top-rated-plus",
      ],
    ],
    ["zzz", []],
  ])("%j → %j", (typed, expected) => {
    expect(rankAutocompleteChoices(slugs, typed)).toEqual(expected);
  });

  it("puts an exact match before longer prefix matches", () => {
    expect(rankAutocompleteChoices(["top-rated-plus", "top-rated"], "top_rated")).toEqual([
      "top-rated",
      "top-rated-plus",
    ]);
  });

  it("returns at most 25 choices", () => {
    const many = Array.from({ length: 40 }, (_, index) => `entry-${String(index).padStart(2, "0")}`);
    expect(rankAutocompleteChoices(many, "entry")).toHaveLength(25);
  });
});
