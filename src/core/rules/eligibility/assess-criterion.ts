import { passes } from "../comparison.js";
import type { Comparison, Criterion, Measure } from "../ruleset-schema.js";
import { type EligibilityInput, flagInput, isDecidedByOthers, numberInput } from "./eligibility-input.js";
import { type Outcome, unmet } from "./tier-verdict.js";

/** Measures whose value grows by one each day, so that waiting fixes a "more than N days" rule. */
const daysGrowingWithTime: ReadonlySet<Measure> = new Set(["first_contract_days"]);

/**
 * The bar a number criterion sets for this freelancer: agencies and ex-Elance profiles have their
 * own where the ruleset gives one.
 */
export function numberBar(criterion: Criterion, input: EligibilityInput): number | undefined {
  const threshold = criterion.threshold;
  if (threshold.kind !== "number") return undefined;
  if (input.isAgency && threshold.agencyValue !== undefined) return threshold.agencyValue;
  if (input.exElance && threshold.exElanceValue !== undefined) return threshold.exElanceValue;
  return threshold.value;
}

/**
 * A criterion decided by one fact the member gives (a number, a yes/no, a category). Used by
 * /eligibility and by the exclusive-contract projection for the facts it holds constant.
 */
export function assessFactCriterion(criterion: Criterion, input: EligibilityInput): Outcome {
  const { threshold, measure } = criterion;
  switch (threshold.kind) {
    case "flag": {
      const have = flagInput(measure, input);
      if (have === undefined) return missingOutcome(criterion, threshold.expected);
      if (have === threshold.expected) return { kind: "met" };
      return unmet(criterion.id, { need: threshold.expected, have });
    }
    case "level": {
      const have = input.currentLevel;
      const need = threshold.levels.join(",");
      if (have === undefined) return missingOutcome(criterion, need);
      if (threshold.levels.includes(have)) return { kind: "met" };
      return unmet(criterion.id, { need, have });
    }
    case "unpublished":
      // The marketplace names the measure but not the bar: whatever she gives, only the marketplace
      // knows whether it is enough, so the verdict says so instead of guessing.
      return { kind: "unknown", entry: { criterion: criterion.id, missing: [], unpublished: true } };
    case "one_of": {
      const have = input.category;
      if (have === undefined) return missingOutcome(criterion, threshold.values.join(","));
      if (threshold.values.includes(have)) return { kind: "met" };
      return unmet(criterion.id, { need: threshold.values.join(","), have });
    }
    case "number": {
      const need = numberBar(criterion, input) ?? threshold.value;
      const have = numberInput(measure, input);
      if (have === undefined) return missingOutcome(criterion, need);
      if (passes(have, threshold.comparison, need)) return { kind: "met" };
      return unmet(criterion.id, {
        need,
        have,
        comparison: threshold.comparison,
        unit: threshold.unit,
        wait_weeks: daysGrowingWithTime.has(measure)
          ? weeksOfDaysUntil(have, threshold.comparison, need)
          : null,
        ...numberNote(criterion, have, input),
      });
    }
    default:
      // Status, invitation, review, large-contract and week-count criteria need more than one fact.
      return { kind: "unknown", entry: { criterion: criterion.id, missing: [] } };
  }
}

function numberNote(criterion: Criterion, have: number, input: EligibilityInput): { note?: string } {
  const threshold = criterion.threshold;
  if (threshold.kind !== "number") return {};
  if (threshold.orInvitation) return { note: "unless Upwork invited you, which also counts" };
  if (
    threshold.exElanceValue !== undefined &&
    input.exElance === undefined &&
    passes(have, threshold.comparison, threshold.exElanceValue)
  ) {
    return { note: "enough if your profile came over from Elance" };
  }
  return {};
}

/** What a criterion means when its fact was not given, as the ruleset says (see whenMissingSchema). */
export function missingOutcome(criterion: Criterion, need: number | boolean | string): Outcome {
  switch (criterion.whenMissing) {
    case "met":
      return { kind: "met" };
    case "assumed":
      return { kind: "assumed" };
    case "unmet": {
      const threshold = criterion.threshold;
      return unmet(criterion.id, {
        need,
        have: null,
        ...(threshold.kind === "number" ? { comparison: threshold.comparison, unit: threshold.unit } : {}),
      });
    }
    case "unknown": {
      const { measure } = criterion;
      const missing = isDecidedByOthers(measure) ? [] : [measure];
      const note =
        criterion.threshold.kind === "number" && criterion.threshold.orInvitation
          ? "met anyway if Upwork invited you"
          : undefined;
      return { kind: "unknown", entry: { criterion: criterion.id, missing, ...(note ? { note } : {}) } };
    }
  }
}

/** Days that must pass for a growing day count to satisfy the comparison, in whole weeks. */
function weeksOfDaysUntil(have: number, comparison: Comparison, need: number): number | null {
  if (comparison === "gte") return Math.ceil((need - have) / 7);
  if (comparison === "gt") return Math.floor((need - have) / 7) + 1;
  // "at most N days" only gets worse with time.
  return null;
}
