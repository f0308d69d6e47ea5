import { describe, expect, it } from "vitest";
import { loadRulesets } from "../../../src/core/rules/load-rulesets.js";
import { currentRuleset, findRuleset, rulesetsOf } from "../../../src/core/rules/ruleset-catalog.js";
import {
  levelChoices,
  marketplaceChoices,
  statusIdChoices,
} from "../../../src/core/rules/ruleset-choices.js";
import { RulesetError } from "../../../src/core/rules/ruleset-error.js";
import type { RulesetInput } from "../../../src/core/rules/ruleset-schema.js";
import { rawRuleset } from "../../fixtures/raw-ruleset.js";
import { stableMarketplaceCriterionIds } from "../../fixtures/stable-criterion-ids.js";

const ruleset2024Current = rawRuleset("2024-current");
const rulesetFiverr2018Monthly = rawRuleset("fiverr-2018-monthly");
const rulesetFiverr2024Levels = rawRuleset("fiverr-2024-levels");
const rulesetMaltSuperMalter = rawRuleset("malt-super-malter");
const rulesetToptalNetwork = rawRuleset("toptal-network");

function copyOf(ruleset: RulesetInput): Record<string, unknown> {
  return structuredClone(ruleset) as unknown as Record<string, unknown>;
}

function loadError(raw: unknown[]): string {
  try {
    loadRulesets(raw);
  } catch (error) {
    if (error instanceof RulesetError) return error.message;
    throw error;
  }
  throw new Error("expected a RulesetError");
}

type Statuses = Record<
  string,
  { criteria: Record<string, unknown>[]; notComputable?: unknown; awarded: string }
>;

describe("rulesets per marketplace", () => {
  it("offers every marketplace that has a ruleset, Upwork first", () => {
    expect(marketplaceChoices).toEqual([
      "upwork",
      "fiverr",
      "malt",
      "freelancer",
      "peopleperhour",
      "toptal",
      "guru",
      "contra",
    ]);
    expect(statusIdChoices.length).toBeLessThanOrEqual(25);
    // A member can say she holds a level only where figures decide it.
    expect(levelChoices).toEqual(expect.arrayContaining(["rising_talent", "level_2", "super_malter_1"]));
    expect(levelChoices).not.toContain("network");
    expect(levelChoices).not.toContain("fiverr_pro");
  });

  it.each([
    ["upwork", "2026-11-26", "2024-current"],
    ["fiverr", "2026-11-26", "fiverr-2024-levels"],
    ["fiverr", "2024-02-14", "fiverr-2024-levels"],
    ["fiverr", "2024-02-13", "fiverr-2018-monthly"],
    ["fiverr", "2010-01-01", "fiverr-2018-monthly"],
    ["malt", "2010-01-01", "malt-super-malter"],
    ["toptal", "2026-11-26", "toptal-network"],
  ] as const)("the current %s ruleset on %s is %s", (marketplace, day, id) => {
    expect(currentRuleset(new Date(`${day}T12:00:00Z`), marketplace).id).toBe(id);
  });

  it("keeps each marketplace's rulesets to itself", () => {
    expect(rulesetsOf("fiverr").map((ruleset) => ruleset.id)).toEqual([
      "fiverr-2024-levels",
      "fiverr-2018-monthly",
    ]);
    for (const marketplace of marketplaceChoices) {
      for (const ruleset of rulesetsOf(marketplace)) expect(ruleset.marketplaceId).toBe(marketplace);
    }
  });

  it("keep the criterion ids the starter pack cites", () => {
    for (const [id, cited] of Object.entries(stableMarketplaceCriterionIds)) {
      const defined = Object.values(findRuleset(id)?.statuses ?? {}).flatMap((status) =>
        status.criteria.map((criterion) => criterion.id),
      );
      expect(defined, id).toEqual(expect.arrayContaining([...cited]));
    }
  });

  it("lets two marketplaces share a date", () => {
    const sameDay = { ...copyOf(rulesetFiverr2024Levels), effectiveFrom: ruleset2024Current.effectiveFrom };
    expect(() => loadRulesets([ruleset2024Current, sameDay])).not.toThrow();
  });
});

describe("a broken marketplace ruleset stops the load", () => {
  it("refuses an undated ruleset beside another of its marketplace: the current one would be a guess", () => {
    const undated = { ...copyOf(rulesetFiverr2018Monthly), effectiveFrom: null };
    expect(loadError([rulesetFiverr2024Levels, undated])).toContain(
      'ruleset "fiverr-2018-monthly": effectiveFrom: undated, but fiverr has other rulesets',
    );
  });

  it("refuses an Upwork ruleset without Upwork's facts, and another marketplace's with them", () => {
    const upwork = copyOf(ruleset2024Current);
    delete upwork.marketplace;
    expect(loadError([upwork])).toContain(
      'ruleset "2024-current": marketplace: required for an Upwork ruleset',
    );
    const malt = { ...copyOf(rulesetMaltSuperMalter), marketplace: ruleset2024Current.marketplace };
    expect(loadError([malt])).toContain(
      'ruleset "malt-super-malter": marketplace: these are Upwork\'s facts',
    );
  });

  it("refuses a level threshold naming a status the ruleset lacks", () => {
    const broken = copyOf(rulesetFiverr2024Levels);
    const criteria = (broken.statuses as Statuses).top_rated?.criteria ?? [];
    const level = criteria.find((criterion) => criterion.measure === "current_level");
    if (!level) throw new Error("Fiverr's Top Rated should ask for a level");
    level.threshold = { kind: "level", levels: ["level_3"] };
    expect(loadError([broken])).toContain("level_3 is not a status of this ruleset");
  });

  it("refuses a review criterion on a status that is not awarded by review", () => {
    const broken = copyOf(rulesetFiverr2024Levels);
    const topRated = (broken.statuses as Statuses).top_rated;
    if (!topRated) throw new Error("Fiverr has Top Rated");
    topRated.awarded = "automatic";
    expect(loadError([broken])).toContain('a review criterion belongs to a status awarded "review"');
  });

  it("refuses a status with neither criteria nor the reason it has none, and one with both", () => {
    const empty = copyOf(rulesetToptalNetwork);
    delete (empty.statuses as Statuses).network?.notComputable;
    expect(loadError([empty])).toContain(
      "statuses.network.criteria: at least one criterion, or notComputable",
    );
    const both = copyOf(rulesetFiverr2024Levels);
    const pro = (both.statuses as Statuses).fiverr_pro;
    const newLevel = (both.statuses as Statuses).new;
    if (!pro || !newLevel) throw new Error("Fiverr has Pro and New");
    pro.criteria = newLevel.criteria.map((criterion) => ({ ...criterion, id: "fiverr_pro.not_flagged" }));
    expect(loadError([both])).toContain(
      "statuses.fiverr_pro.criteria: a status gigdesk cannot compute lists",
    );
  });

  it("refuses a status id that is not snake_case", () => {
    const broken = copyOf(rulesetMaltSuperMalter);
    const statuses = broken.statuses as Statuses;
    statuses["Super-Malter"] = statuses.super_malter_1 as Statuses[string];
    expect(loadError([broken])).toContain("statuses.Super-Malter");
  });
});
