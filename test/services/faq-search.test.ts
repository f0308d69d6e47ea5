import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { FaqSearch } from "../../src/services/faq-search.js";
import { community, moderatorActor, threadReplyHarness } from "./thread-reply-harness.js";

const harness = await threadReplyHarness();
afterAll(() => harness.close());

const SAFE =
  /^(?:\(?"[\p{L}\p{N}]+"(?: OR "[\p{L}\p{N}]+")*\)?)(?: (?:OR|AND) \(?"[\p{L}\p{N}]+"(?: OR "[\p{L}\p{N}]+")*\)?)*$/u;

describe.each(["scan", "ranked"] as const)("FaqSearch over the real FTS5 index (%s first cut)", (kind) => {
  const expressions: string[] = [];
  const source =
    kind === "scan"
      ? {
          async scanCandidates(community: string, expression: string, limit: number) {
            expressions.push(expression);
            return await harness.stores.faq.candidates.scanCandidates(community, expression, limit);
          },
        }
      : {
          async findCandidates(community: string, expression: string, limit: number) {
            expressions.push(expression);
            return await harness.stores.faq.candidates.findCandidates(community, expression, limit);
          },
        };
  const search = new FaqSearch(source);

  it("answers the issue's example from the starter pack", async () => {
    const { best, related } = await search.search(community, "how long until the top rated badge shows up");
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
  ])("hostile text %j never throws and never reaches MATCH raw", async (text) => {
    expressions.length = 0;
    await expect(search.search(community, text)).resolves.toBeDefined();
    for (const expression of expressions) expect(expression).toMatch(SAFE);
  });

  it("any text at all is searchable without an error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 120 }), async (text) => {
        await search.search(community, text);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the unranked candidate scan", () => {
  it("returns at most the limit, published entries only", async () => {
    expect(await harness.faq.candidates.scanCandidates('"top" OR "rated"', 3)).toHaveLength(3);
    const actor = moderatorActor;
    await harness.faq.entries.archive(
      "conversion-fee",
      { reason: "test" },
      actor,
      new Date("2026-11-26T00:00:00Z"),
    );
    const slugs = (await harness.faq.candidates.scanCandidates('"conversion"', 50)).map(
      (candidate) => candidate.slug,
    );
    expect(slugs).not.toContain("conversion-fee");
    await harness.faq.entries.restore(
      "conversion-fee",
      { reason: "test" },
      actor,
      new Date("2026-11-26T00:00:01Z"),
    );
    expect(
      (await harness.faq.candidates.scanCandidates('"conversion"', 50)).map((candidate) => candidate.slug),
    ).toContain("conversion-fee");
  });

  it("returns nothing for an empty expression", async () => {
    expect(await harness.faq.candidates.scanCandidates("", 10)).toEqual([]);
  });
});

describe("the cached entry profiles", () => {
  it("follow an entry's text, not its slug and timestamp, and serve every community", async () => {
    const question = "how long until the top rated badge shows up";
    const scanned = await harness.faq.candidates.scanCandidates('"badge" OR "conversion"', 200);
    const badge = scanned.find((candidate) => candidate.slug === "top-rated-badge-delay");
    const fee = scanned.find((candidate) => candidate.slug === "conversion-fee");
    if (!badge || !fee) throw new Error("the starter pack lost an entry this test reads");
    // The same two slugs and timestamps, each slug now carrying the other's text.
    const swap = (holder: typeof badge, text: typeof badge) => ({
      ...text,
      slug: holder.slug,
      updatedAt: holder.updatedAt,
    });
    const byCommunity = new Map([
      ["first", [badge, fee]],
      ["second", [badge, fee]],
    ]);
    const search = new FaqSearch({
      async scanCandidates(community: string) {
        return byCommunity.get(community) ?? [];
      },
    });
    expect((await search.search("first", question)).best?.entry.slug).toBe("top-rated-badge-delay");
    byCommunity.set("first", [swap(badge, fee), swap(fee, badge)]);
    expect((await search.search("first", question)).best?.entry.slug).toBe("conversion-fee");
    expect((await search.search("second", question)).best?.entry.slug).toBe("top-rated-badge-delay");
  });
});
