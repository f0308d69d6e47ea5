import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { FaqSearch } from "../../src/services/faq-search.js";
import { threadReplyHarness } from "./thread-reply-harness.js";

const harness = threadReplyHarness();
afterAll(() => harness.close());

describe("FaqSearch over the real FTS5 index", () => {
  const expressions: string[] = [];
  const spy = {
    findCandidates(expression: string, limit: number) {
      expressions.push(expression);
      return harness.faq.findCandidates(expression, limit);
    },
  };
  const search = new FaqSearch(spy);

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
    for (const expression of expressions)
      expect(expression).toMatch(/^"[\p{L}\p{N}]+"(?: OR "[\p{L}\p{N}]+")*$/u);
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
