import type { Criterion, Ruleset, StatusId, StatusRules } from "../ruleset-schema.js";
import { assessFactCriterion, numberBar } from "./assess-criterion.js";
import { assessEligibleWeeks } from "./assess-eligible-weeks.js";
import { assessLargeContract } from "./assess-large-contract.js";
import type { EligibilityInput } from "./eligibility-input.js";
import {
  combineOutcomes,
  type EligibilityResult,
  notComputableVerdict,
  type Outcome,
  type TierVerdict,
  unmet,
} from "./tier-verdict.js";

/**
 * Checks a freelancer against every status of a ruleset, in the ruleset's order. Pure: the
 * ruleset is a parameter, time enters only through the day and week counts in the input. Every
 * verdict names its criterion, and every criterion taken for granted is listed as assumed.
 */
export function assessEligibility(input: EligibilityInput, ruleset: Ruleset): EligibilityResult {
  const verdicts = new Map<StatusId, TierVerdict>();
  const assessTier = (tier: StatusId, rules: StatusRules, visiting: ReadonlySet<StatusId>): TierVerdict => {
    const known = verdicts.get(tier);
    if (known) return known;
    const verdict = rules.notComputable
      ? notComputableVerdict(tier, rules.notComputable.reason)
      : combineOutcomes(
          tier,
          rules.criteria.map((criterion) => ({
            criterion,
            outcome: assessCriterion(criterion, rules, input, ruleset, (other) => {
              const otherRules = ruleset.statuses[other];
              // The schema forbids self-reference and missing targets; a cycle through two statuses
              // is still possible in data, and then the dependency cannot be decided.
              if (!otherRules || visiting.has(other)) return undefined;
              return assessTier(other, otherRules, new Set([...visiting, tier]));
            }),
          })),
        );
    verdicts.set(tier, verdict);
    return verdict;
  };
  const tiers = Object.entries(ruleset.statuses).map(([tier, rules]) =>
    assessTier(tier, rules, new Set([tier])),
  );
  return { ruleset: ruleset.id, ruleset_effective_from: ruleset.effectiveFrom, tiers };
}

function assessCriterion(
  criterion: Criterion,
  rules: StatusRules,
  input: EligibilityInput,
  ruleset: Ruleset,
  otherStatus: (tier: StatusId) => TierVerdict | undefined,
): Outcome {
  const { threshold, measure } = criterion;
  switch (threshold.kind) {
    case "invitation":
      return { kind: "invitation" };
    case "review":
      return {
        kind: "review",
        review: { criterion: criterion.id, retry_after_months: threshold.retryAfterMonths },
      };
    case "status":
      return assessStatusCriterion(criterion.id, threshold.status, otherStatus(threshold.status));
    case "category_usd":
      return assessLargeContract(criterion, input, ruleset);
    case "number":
      if (measure === "eligible_weeks") {
        return assessEligibleWeeks(criterion, numberBar(criterion, input) ?? threshold.value, rules, input);
      }
      return assessFactCriterion(criterion, input);
    case "flag":
    case "one_of":
    case "level":
    case "unpublished":
      return assessFactCriterion(criterion, input);
  }
}

/** A status that needs another one (Top Rated Plus needs Top Rated) inherits its verdict and assumptions. */
function assessStatusCriterion(id: string, target: StatusId, verdict: TierVerdict | undefined): Outcome {
  if (!verdict) return { kind: "unknown", entry: { criterion: id, missing: [] } };
  switch (verdict.status) {
    case "eligible":
      return { kind: "met", resting: verdict.assumed };
    case "unknown": {
      const missing = [...new Set(verdict.unknown.flatMap((entry) => entry.missing))];
      return { kind: "unknown", entry: { criterion: id, missing, note: `depends on ${target}` } };
    }
    case "not_computable":
      return { kind: "unknown", entry: { criterion: id, missing: [], note: `${target} cannot be computed` } };
    case "not_eligible":
    case "invitation_only":
    // Qualifying for a review is not holding the status yet.
    case "qualifies_for_review":
      return unmet(id, {
        need: "eligible",
        have: verdict.status,
        wait_weeks: verdict.eta_weeks,
        wait_is_best_case: verdict.eta_is_best_case,
        note: `see ${target}`,
      });
  }
}
