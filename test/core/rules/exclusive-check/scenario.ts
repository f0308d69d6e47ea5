import type { ExclusiveContractInput } from "../../../../src/core/rules/exclusive-check/exclusive-contract-input.js";
import {
  type ProjectionRules,
  projectionRulesFrom,
} from "../../../../src/core/rules/exclusive-check/projection-rules.js";
import { findUpworkRuleset } from "../../../../src/core/rules/ruleset-catalog.js";

/** The real rulesets, read the way the command reads them. */
export function rulesFor(id: "2024-current" | "2016-top-rated"): ProjectionRules {
  const ruleset = findUpworkRuleset(id);
  if (!ruleset) throw new Error(`ruleset ${id} is missing from the catalog`);
  return projectionRulesFrom(ruleset);
}

export const current = rulesFor("2024-current");

/** 1 November 2026: month 1 of every projection is 2026-11. */
export const now = new Date("2026-11-26T05:00:00Z");

/** The freelancer from the issue: hourly, 40 h/week, 12 months, exclusive, a month into Top Rated. */
export function scenario(overrides: Partial<ExclusiveContractInput> = {}): ExclusiveContractInput {
  return {
    months: 12,
    pay: { kind: "hourly", rateUsd: 30, hoursPerWeek: 40 },
    split: "none",
    priorEarningsUsd: 4000,
    jss: 96,
    status: "top_rated",
    otherClients: 2,
    lastOtherJobMonths: 20,
    savingsMonths: null,
    category: null,
    exclusive: true,
    progress: {},
    ...overrides,
  };
}
