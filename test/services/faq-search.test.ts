import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { FaqSearch } from "../../src/services/faq-search.js";
import { threadReplyHarness } from "./thread-reply-harness.js";

const harness = threadReplyHarness();
afterAll(() => harness.close());

const SAFE =
  /^(?:\(?"[\p{L}\p{N}]+"(?: OR "[\p{L}\p{N}]+")*\)?)(?: (?:OR|AND) \(?"[\p{L}\p{N}]+"(?: OR "[\p{L}\p{N}]+")*\)?)*$/u;

describe.each(["scan", "ranked"] as const)("FaqSearch over the real FTS5 index (%s first cut)", (kind) => {
  const expressions: string[] = [];
  const source =
    kind === "scan"
      ? {
          scanCandidates(expression: string, limit: number) {
            expressions.push(expression);
            return harness.faqCandidates.scanCandidates(expression, limit);
          },
        }
      : {
          findCandidates(expression: string, limit: number) {
            expressions.push(expression);
            return harness.faq.findCandidates(expression, limit);
          },
        };
  const search = new FaqSearch(source);

  it("answers the issue's example from the starter pack", () => {
    const { best, related } = search.search("how long until the top rated badge shows up");
    expect(best?.entry.slug).toBe("top-rated-badge-delay");
    expect(best?.confidence).toBeGreaterThan(0.7);
    expect(related.length).toBeLessThanOrEqual(2);
  });

  it.each([
    'top rated" OR "x',
    "NEAR(top rated, 2)",
    "top* AND -rated NOT jss",
    "((( unbalanced ) parentheses",
    "🎉🔥💯 emoji only",
    '""""',
    "^col:jss",
    "",
  ])("hostile text %j never throws and never reaches MATCH raw", (text) => {
    expressions.length = 0;
    expect(() => search.search(text)).not.toThrow();
    for (const expression of expressions) expect(expression).toMatch(SAFE);
  });

  it("any text at all is searchable without an error", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 120 }), (text) => {
        search.search(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the unranked candidate scan", () => {
  it("returns at most the limit, published entries only", () => {
    expect(harness.faqCandidates.scanCandidates('"top" OR "rated"', 3)).toHaveLength(3);
    const actor = { platform: "console" as const, communityId: "c", userId: "mod" };
    harness.faq.archive("conversion-fee", { reason: "test" }, actor, new Date("2026-11-26T00:00:00Z"));
    const slugs = harness.faqCandidates.scanCandidates('"conversion"', 50).map((candidate) => candidate.slug);
    expect(slugs).not.toContain("conversion-fee");
    harness.faq.restore("conversion-fee", { reason: "test" }, actor, new Date("2026-11-26T00:00:01Z"));
    expect(
      harness.faqCandidates.scanCandidates('"conversion"', 50).map((candidate) => candidate.slug),
    ).toContain("conversion-fee");
  });

  it("returns nothing for an empty expression", () => {
    expect(harness.faqCandidates.scanCandidates("", 10)).toEqual([]);
  });
});
