import { describe, expect, it } from "vitest";
import { RulesetError } from "../../../src/core/rules/ruleset-error.js";
import { rulesetFiles, sourceTables } from "../../../src/core/rules/rulesets/index.js";
import { resolveSourceIds } from "../../../src/core/rules/rulesets/resolve-source-ids.js";

/** Every string listed under a `sources` key of a data file: the source ids it cites. */
function citedIds(value: unknown, key?: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => (key === "sources" && typeof item === "string" ? [item] : citedIds(item)));
  }
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([field, item]) => citedIds(item, field));
}

describe("ruleset sources", () => {
  it("cites every source in sources.json at least once, and only sources of the ruleset's marketplace", () => {
    const tables: Record<string, Record<string, object>> = sourceTables;
    const unused = new Set(
      Object.entries(tables).flatMap(([marketplace, table]) =>
        Object.keys(table).map((id) => `${marketplace}.${id}`),
      ),
    );
    for (const file of rulesetFiles) {
      for (const id of citedIds(file)) {
        expect(tables[file.marketplaceId], `${file.id} cites ${id}`).toHaveProperty([id]);
        unused.delete(`${file.marketplaceId}.${id}`);
      }
    }
    expect([...unused]).toEqual([]);
  });

  it("rejects an unknown source id, naming the ruleset, the field and the id", () => {
    const file = {
      id: "contra-typo",
      marketplaceId: "contra",
      statuses: { verified: { lossAndRegain: { text: "x", sources: ["faqIndependent", "faqIndependnet"] } } },
    };
    const error = (() => {
      try {
        resolveSourceIds(file, sourceTables);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(RulesetError);
    expect((error as RulesetError).problems).toEqual([
      'ruleset "contra-typo": statuses.verified.lossAndRegain.sources[1]: unknown source id "faqIndependnet" (not among the contra sources in sources.json)',
    ]);
  });

  it("looks ids up in the ruleset's own marketplace only", () => {
    const file = { id: "guru-borrowing", marketplaceId: "guru", sources: ["faqIndependent"] };
    expect(() => resolveSourceIds(file, sourceTables)).toThrow(/unknown source id "faqIndependent"/);
  });

  it("resolves ids to the listed source and drops $comment notes", () => {
    const file = { id: "contra-ok", marketplaceId: "contra", $comment: "why", sources: ["blogPayments"] };
    expect(resolveSourceIds(file, sourceTables)).toEqual({
      id: "contra-ok",
      marketplaceId: "contra",
      sources: [{ url: "https://contra.com/blog/payments", grade: "primary", date: "2026-02-18" }],
    });
  });
});
