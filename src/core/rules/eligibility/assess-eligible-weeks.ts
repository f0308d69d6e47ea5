import { passes } from "../comparison.js";
import { bestCaseWeeksUntil, weeksUntilWindowReaches } from "../rolling-weeks.js";
import type { Criterion, StatusRules } from "../ruleset-schema.js";
import { missingOutcome } from "./assess-criterion.js";
import type { EligibilityInput } from "./eligibility-input.js";
import { type Outcome, unmet } from "./tier-verdict.js";

/**
 * The 13-of-16-weeks rule: counts the eligible weeks in the window and, when short, how many
 * weeks of waiting fill it (exact from a history, a best case from a bare count).
 */
export function assessEligibleWeeks(
  criterion: Criterion,
  need: number,
  rules: StatusRules,
  input: EligibilityInput,
): Outcome {
  const threshold = criterion.threshold;
  if (threshold.kind !== "number") return missingOutcome(criterion, need);
  const windowWeeks = threshold.outOf ?? 16;
  const history = input.weekHistory?.slice(-windowWeeks);
  const have =
    history !== undefined
      ? [...history].filter((week) => week === "1").length
      : input.eligibleWeeks !== undefined
        ? Math.min(input.eligibleWeeks, windowWeeks)
        : undefined;
  if (have === undefined) return missingOutcome(criterion, need);
  if (passes(have, threshold.comparison, need)) return { kind: "met" };
  const fields = { need, have, comparison: threshold.comparison, unit: threshold.unit } as const;
  if (threshold.comparison === "lte" || threshold.comparison === "lt") return unmet(criterion.id, fields);
  if (!futureWeeksCount(criterion, rules, input)) {
    const holding = threshold.countsWeeksHolding;
    return unmet(criterion.id, {
      ...fields,
      note: holding
        ? `eligible weeks only accrue while the JSS is at or above the bar, or while you hold ${holding}`
        : "eligible weeks only accrue while the JSS is at or above the bar",
    });
  }
  const neededGoodWeeks = threshold.comparison === "gte" ? Math.ceil(need) : Math.floor(need) + 1;
  const wait =
    history !== undefined
      ? weeksUntilWindowReaches(history, neededGoodWeeks, windowWeeks)
      : bestCaseWeeksUntil(have, neededGoodWeeks, windowWeeks);
  return unmet(criterion.id, { ...fields, wait_weeks: wait, wait_is_best_case: history === undefined });
}

/**
 * A future week counts if today's JSS already clears the status's JSS bar, or if the freelancer
 * holds the status whose weeks also count (Rising Talent, for Top Rated).
 */
export function futureWeeksCount(criterion: Criterion, rules: StatusRules, input: EligibilityInput): boolean {
  const threshold = criterion.threshold;
  const holding = threshold.kind === "number" ? threshold.countsWeeksHolding : undefined;
  if (holding !== undefined && input.holdsStatuses?.includes(holding)) return true;
  if (input.jssPercent === undefined) return false;
  const jssBar = rules.criteria.find(
    (candidate) => candidate.measure === "jss" && candidate.threshold.kind === "number",
  )?.threshold;
  if (jssBar?.kind !== "number") return false;
  return passes(input.jssPercent, jssBar.comparison, jssBar.value);
}
