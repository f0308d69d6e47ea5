import { describe, expect, it } from "vitest";
import { loadRulesets } from "../../../src/core/rules/load-rulesets.js";
import {
  currentRuleset,
  findRuleset,
  listRulesetIds,
  rulesetCatalog,
} from "../../../src/core/rules/ruleset-catalog.js";
import { RulesetError } from "../../../src/core/rules/ruleset-error.js";
import type { RulesetInput } from "../../../src/core/rules/ruleset-schema.js";
import { rawRuleset } from "../../fixtures/raw-ruleset.js";
import { stableCriterionIds } from "../../fixtures/stable-criterion-ids.js";

const ruleset2016TopRated = rawRuleset("2016-top-rated");
const ruleset2024Current = rawRuleset("2024-current");

/** A deep copy that a test can break without touching the shipped data. */
function copyOf(ruleset: RulesetInput): Record<string, unknown> {
  return structuredClone(ruleset) as unknown as Record<string, unknown>;
}

function loadError(raw: unknown[]): RulesetError {
  try {
    loadRulesets(raw);
  } catch (error) {
    if (error instanceof RulesetError) return error;
    throw error;
  }
  throw new Error("expected a RulesetError");
}

const currentCriterionIds: readonly string[] = stableCriterionIds;

describe("the shipped rulesets", () => {
  it("all validate, by marketplace (Upwork first), newest first", () => {
    // Issue 19 adds the other marketplaces' rulesets after Upwork's, whose order is unchanged.
    const ids = [
      "2024-current",
      "2016-top-rated",
      "fiverr-2024-levels",
      "fiverr-2018-monthly",
      "malt-super-malter",
      "freelancer-preferred",
      "peopleperhour-cert",
      "toptal-network",
      "guru-ranking",
      "contra-verified",
    ];
    expect(loadRulesets().map((ruleset) => ruleset.id)).toEqual(ids);
    expect(listRulesetIds()).toEqual(ids);
  });

  it("keep the criterion ids other features cite", () => {
    const current = findRuleset("2024-current");
    const ids = Object.values(current?.statuses ?? {}).flatMap(
      (status) => status?.criteria.map((c) => c.id) ?? [],
    );
    // Criteria may be added (issue 16 added the ones the research notes list); none may be renamed.
    expect(ids).toEqual(expect.arrayContaining([...currentCriterionIds]));
  });

  it("give every source a URL, a grade and a date, and every criterion its first source's", () => {
    for (const ruleset of rulesetCatalog()) {
      for (const status of Object.values(ruleset.statuses)) {
        for (const criterion of status?.criteria ?? []) {
          expect(criterion.sources.length, criterion.id).toBeGreaterThan(0);
          for (const source of criterion.sources) {
            expect(source.url, criterion.id).toMatch(/^https:\/\//);
            expect(["primary", "staff", "secondary", "hearsay"]).toContain(source.grade);
            expect(source.date, criterion.id).toMatch(/^(undated|~?\d{4})/);
          }
          expect([criterion.grade, criterion.sourceDate]).toEqual([
            criterion.sources[0]?.grade,
            criterion.sources[0]?.date,
          ]);
        }
      }
    }
  });

  it("carry the marketplace facts other calculators read", () => {
    const market = findRuleset("2024-current")?.marketplace;
    expect(market?.serviceFee.percent).toBe(10);
    expect(market?.serviceFee.note).toMatch(/0-15%/);
    expect(market?.largeContractThresholdUsd?.default).toBe(10000);
    expect(market?.largeContractThresholdUsd?.byCategory).toMatchObject({
      writing: 5000,
      "web-mobile-software": 15000,
      "customer-service": 20000,
    });
    expect(market?.jss).toMatchObject({ windowMonths: 24, minDistinctClients: 2, maxLongContractWeight: 8 });
    expect(market?.inactivity.privateAfterDaysWithoutEarningsEstablished).toBe(730);
    expect(market?.offPlatform).toMatchObject({
      conversionFeePercent: 12,
      annualHours: 2080,
      badgeBanMonths: 6,
    });
    expect(market?.badgeDelayHours).toMatchObject({ rising_talent: 48, top_rated: 48, top_rated_plus: 72 });
    const old = findRuleset("2016-top-rated")?.marketplace;
    expect(old?.serviceFee.tiers?.map((tier) => tier.percent)).toEqual([20, 10, 5]);
    expect(old?.largeContractThresholdUsd).toBeUndefined();
  });
});

describe("currentRuleset", () => {
  it.each([
    ["2026-11-26T00:00:00Z", "2024-current"],
    ["2024-09-01T00:00:00Z", "2024-current"],
    ["2024-08-31T23:59:59Z", "2016-top-rated"],
    ["2016-05-01T00:00:00Z", "2016-top-rated"],
    // Before any ruleset took effect the oldest is the best we have.
    ["2010-01-01T00:00:00Z", "2016-top-rated"],
  ])("on %s is %s", (now, id) => {
    expect(currentRuleset(new Date(now)).id).toBe(id);
  });

  it("finds nothing for an unknown id", () => {
    expect(findRuleset("1999-nope")).toBeUndefined();
  });
});

describe("a broken ruleset stops the load with the field path", () => {
  it("names a missing threshold", () => {
    const broken = copyOf(ruleset2024Current);
    const statuses = broken.statuses as Record<string, { criteria: Record<string, unknown>[] }>;
    delete statuses.top_rated?.criteria[2]?.threshold;
    const error = loadError([broken]);
    expect(error.message).toContain('ruleset "2024-current": statuses.top_rated.criteria[2].threshold');
    expect(error.problems).toHaveLength(1);
  });

  const remove = Symbol("remove");
  it.each<[string, (string | number)[], unknown, string]>([
    [
      "a negative earnings bar",
      ["statuses", "top_rated", "criteria", 2, "threshold", "value"],
      -1,
      "statuses.top_rated.criteria[2].threshold.value",
    ],
    [
      "an unknown grade",
      ["statuses", "top_rated_plus", "criteria", 0, "sources", 0, "grade"],
      "rumour",
      "statuses.top_rated_plus.criteria[0].sources[0].grade",
    ],
    [
      "a source date that is not a date",
      ["statuses", "top_rated", "criteria", 0, "sources", 0, "date"],
      "recently",
      "statuses.top_rated.criteria[0].sources[0].date",
    ],
    [
      "an assumed criterion that does not say what it assumes",
      ["statuses", "top_rated", "criteria", 6, "condition"],
      remove,
      "statuses.top_rated.criteria[6].condition",
    ],
    [
      "a source that is not a URL",
      ["statuses", "rising_talent", "criteria", 1, "sources"],
      ["the help centre"],
      "statuses.rising_talent.criteria[1].sources[0]",
    ],
    [
      "a criterion filed under the wrong status",
      ["statuses", "top_rated", "criteria", 0, "id"],
      "rising_talent.jss_current",
      "statuses.top_rated.criteria[0].id",
    ],
    [
      "a threshold kind that does not fit the measure",
      ["statuses", "top_rated", "criteria", 0, "threshold"],
      { kind: "flag", expected: true },
      "statuses.top_rated.criteria[0].threshold.kind",
    ],
    [
      "a weeks rule without its window",
      ["statuses", "top_rated", "criteria", 1, "threshold", "outOf"],
      remove,
      "statuses.top_rated.criteria[1].threshold.outOf",
    ],
    [
      "a missing large-contract table",
      ["marketplace", "largeContractThresholdUsd"],
      remove,
      "marketplace.largeContractThresholdUsd",
    ],
    ["a bad effective date", ["effectiveFrom"], "last year", "effectiveFrom"],
    ["a fee above 100%", ["marketplace", "serviceFee", "percent"], 110, "marketplace.serviceFee.percent"],
  ])("%s", (_, path, value, reported) => {
    const broken = copyOf(ruleset2024Current);
    const parent = path
      .slice(0, -1)
      .reduce<Record<string | number, unknown>>(
        (node, key) => node[key] as Record<string | number, unknown>,
        broken as Record<string | number, unknown>,
      );
    const last = path[path.length - 1] ?? "";
    if (value === remove) delete parent[last];
    else parent[last] = value;
    const error = loadError([broken, ruleset2016TopRated]);
    expect(error.name).toBe("RulesetError");
    expect(error.message).toContain(`ruleset "2024-current": ${reported}`);
  });

  it("refuses two rulesets with the same id or date", () => {
    const twin = { ...copyOf(ruleset2016TopRated), effectiveFrom: ruleset2024Current.effectiveFrom };
    const error = loadError([ruleset2024Current, twin, ruleset2016TopRated]);
    expect(error.message).toContain('ruleset "2016-top-rated": id: used by more than one ruleset');
    expect(error.message).toContain("effectiveFrom: 2024-09-01 is also the date of");
  });

  it("labels a ruleset without an id by its position", () => {
    const error = loadError([{}]);
    expect(error.message).toContain("ruleset #1: id:");
  });
});
