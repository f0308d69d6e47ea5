import { describe, expect, it } from "vitest";
import { analyseText } from "../../../src/core/faq/analyse-text.js";
import { correctTypos, editDistance } from "../../../src/core/faq/correct-typos.js";
import { profileEntry } from "../../../src/core/faq/rank-candidates.js";

const profiles = [
  profileEntry({
    slug: "dormant",
    question: "Why did my fixed-price contract go dormant?",
    aliases: ["contract marked dormant"],
    tags: [],
    answer: "After 90 days without activity.",
  }),
];

describe("correctTypos", () => {
  it("replaces an unknown term by the one candidate term an edit away", () => {
    const corrected = correctTypos(analyseText("why is my contract dormnat"), profiles);
    expect(corrected.terms.has("dormant")).toBe(true);
    expect(corrected.terms.has("dormnat")).toBe(false);
  });

  it("leaves known words, short words and numbers alone", () => {
    const query = analyseText("contract 900 dorm");
    expect(correctTypos(query, profiles).terms).toEqual(query.terms);
  });

  it("counts a swap of neighbours as one edit and stops past the limit", () => {
    expect(editDistance("dormnat", "dormant", 1)).toBe(1);
    expect(editDistance("kitten", "sitting", 1)).toBe(2);
  });
});
