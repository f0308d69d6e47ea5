import { describe, expect, it } from "vitest";
import { criterionChangeDates, entryFreshness } from "../../../src/core/faq/entry-freshness.js";
import { rulesetCatalog } from "../../../src/core/rules/ruleset-catalog.js";

const rule = (id: string, value: number) => ({
  id,
  measure: "jss",
  threshold: { kind: "number", comparison: "gte", value, unit: "percent" },
});

describe("criterionChangeDates", () => {
  const rulesets = [
    {
      effectiveFrom: "2016-05-01",
      statuses: { top_rated: { criteria: [rule("top_rated.jss_current", 90)] } },
    },
    {
      effectiveFrom: "2024-09-01",
      statuses: {
        top_rated: { criteria: [rule("top_rated.jss_current", 90), rule("top_rated.jss_weeks", 13)] },
      },
    },
    {
      effectiveFrom: "2030-01-01",
      statuses: { top_rated: { criteria: [rule("top_rated.jss_current", 95)] } },
    },
  ];

  it("dates a criterion from the first ruleset with its present rule, ignoring rulesets not yet in force", () => {
    expect(criterionChangeDates(rulesets, "2026-11-26")).toEqual(
      new Map([
        ["top_rated.jss_current", "2016-05-01"],
        ["top_rated.jss_weeks", "2024-09-01"],
      ]),
    );
    expect(criterionChangeDates(rulesets, "2030-06-01").get("top_rated.jss_current")).toBe("2030-01-01");
  });

  it("reads the real rulesets", () => {
    expect(criterionChangeDates(rulesetCatalog(), "2026-11-26").get("top_rated.jss_weeks")).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
  });
});

describe("entryFreshness", () => {
  const entry = {
    updatedAt: "2026-10-02T10:00:00.000Z",
    reviewBy: "2027-01-01",
    criteria: ["top_rated.jss_weeks"],
  };

  it("labels the last change and the review date, with no caveat while fresh", () => {
    expect(entryFreshness(entry, "2026-11-26")).toMatchObject({
      label: "Last changed 2026-10-02 · review due 2027-01-01",
      overdue: false,
      caveat: null,
    });
    expect(entryFreshness({ ...entry, reviewBy: null }, "2026-11-26").label).toBe("Last changed 2026-10-02");
  });

  it("warns once the review date has passed", () => {
    const freshness = entryFreshness(entry, "2027-01-02");
    expect(freshness.label).toBe("Last changed 2026-10-02 · review overdue since 2027-01-01");
    expect(freshness.caveat).toContain("due for review on 2027-01-01");
  });

  it("warns when a cited rule changed after the entry, not before", () => {
    expect(
      entryFreshness(entry, "2026-11-26", new Map([["top_rated.jss_weeks", "2026-11-01"]])).changedRules,
    ).toEqual([{ criterionId: "top_rated.jss_weeks", changedOn: "2026-11-01" }]);
    expect(
      entryFreshness(entry, "2026-11-26", new Map([["top_rated.jss_weeks", "2024-09-01"]])).caveat,
    ).toBeNull();
  });
});
