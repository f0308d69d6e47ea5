import { describe, expect, it } from "vitest";
import { analyseText } from "../../../src/core/faq/analyse-text.js";
import { type MatchableEntry, profileEntry, rankCandidates } from "../../../src/core/faq/rank-candidates.js";

const badgeDelay: MatchableEntry = {
  slug: "top-rated-badge-delay",
  question: "How long does it take for the Top Rated badge to appear once I qualify?",
  aliases: ["how long until the top rated badge shows up", "TR badge not showing"],
  tags: ["top-rated"],
  answer: "Usually within 48 hours of meeting every requirement.",
};
const conversionFee: MatchableEntry = {
  slug: "conversion-fee",
  question: "How much is the conversion fee to take a client off Upwork?",
  aliases: ["opt out fee"],
  tags: ["fees"],
  answer: "12% of estimated annual earnings.",
};

function filler(index: number): MatchableEntry {
  return {
    slug: `filler-${index}`,
    question: `Unrelated topic number ${index} about invoices and taxes`,
    aliases: [],
    tags: [],
    answer: "Nothing about badges.",
  };
}

function rank(text: string, entries: MatchableEntry[]) {
  return rankCandidates(analyseText(text), entries, entries.map(profileEntry));
}

describe("rankCandidates", () => {
  it("puts the entry the query paraphrases first, with confidences in 0..1", () => {
    const ranked = rank("when will my TR badge show up", [conversionFee, badgeDelay]);
    expect(ranked[0]?.entry.slug).toBe("top-rated-badge-delay");
    for (const match of ranked) {
      expect(match.confidence).toBeGreaterThanOrEqual(0);
      expect(match.confidence).toBeLessThanOrEqual(1);
    }
    expect(ranked[0]?.confidence ?? 0).toBeGreaterThan(ranked[1]?.confidence ?? 1);
  });

  it("gives the same confidence whatever the number of unrelated entries (no bm25 magnitudes)", () => {
    const small = rank("when will my TR badge show up", [badgeDelay, conversionFee]);
    const large = rank("when will my TR badge show up", [
      badgeDelay,
      conversionFee,
      ...Array.from({ length: 28 }, (_, index) => filler(index)),
    ]);
    expect(large[0]?.confidence).toBe(small[0]?.confidence);
  });

  it("lowers the confidence when a second entry fits as well", () => {
    const alone = rank("how long until the top rated badge shows up", [badgeDelay, conversionFee]);
    const twin = rank("how long until the top rated badge shows up", [
      badgeDelay,
      { ...badgeDelay, slug: "twin" },
    ]);
    expect(twin[0]?.confidence ?? 1).toBeLessThan(alone[0]?.confidence ?? 0);
    expect(twin[0]?.margin).toBe(0);
  });

  it("returns nothing useful for text with no content words", () => {
    expect(rank("thanks!", [badgeDelay])[0]?.confidence ?? 0).toBeLessThan(0.1);
  });
});
