import type { Criterion, Ruleset } from "../ruleset-schema.js";
import { isDecidedByOthers, type MissingInput } from "./eligibility-input.js";

/**
 * The /eligibility option that states each fact. The wording lives in core beside the calculator
 * (as the exclusive check's does), so the replies can say which option settles a criterion; a
 * test checks that every name here is an option of the command. One option may state two facts
 * (`negative`, `verified`): Discord allows 25 options per command, and every marketplace's
 * measures have to fit.
 */
export const optionForMissing: Record<MissingInput, string> = {
  jss: "jss",
  eligible_weeks: "history",
  earnings_12m_usd: "earnings",
  earnings_total_usd: "earnings",
  first_contract_days: "first_contract_days",
  profile_percent: "profile",
  account_hold: "hold",
  days_since_activity: "active_days",
  availability_current: "available",
  largest_contract_usd: "largest_contract",
  large_contract_negative_outcome: "negative",
  exclusive_agency_member: "agency",
  rating_stars: "rating",
  negative_feedback: "negative",
  identity_verified: "verified",
  payout_method: "verified",
  category: "category",
  success_score: "success_score",
  response_rate_percent: "response_rate",
  orders_total: "orders",
  unique_clients_total: "clients",
  points_12m: "points",
  ratings_count: "ratings_count",
  current_level: "level",
};

/**
 * How to state a yes/no fact where the option is a choice covering more than one fact: the value
 * that says the criterion is met.
 */
const statedAsMet: Partial<Record<MissingInput, string>> = {
  negative_feedback: "negative:none",
  large_contract_negative_outcome: "negative:none",
  identity_verified: "verified:yes",
  payout_method: "verified:yes",
  exclusive_agency_member: "agency:no",
};

/** The options that settle one missing fact: `history` or `weeks` for the week count. */
export function optionsFor(missing: MissingInput): string[] {
  return missing === "eligible_weeks" ? ["history", "weeks"] : [optionForMissing[missing]];
}

/** How a member states the fact behind an assumed criterion, e.g. `hold:no`, `profile:100`, `active_days:<days>`. */
export function statingOption(criterion: Criterion): string | null {
  const { measure, threshold } = criterion;
  if (isDecidedByOthers(measure)) return null;
  const stated = statedAsMet[measure];
  if (stated) return stated;
  const option = optionForMissing[measure];
  switch (threshold.kind) {
    case "flag":
      return `${option}:${threshold.expected ? "yes" : "no"}`;
    case "number":
      // A percentage bar is stated by the value itself; counts of days by the member's own number.
      return threshold.unit === "percent" ? `${option}:${threshold.value}` : `${option}:<${threshold.unit}>`;
    default:
      return `${option}:<${option}>`;
  }
}

/**
 * Every /eligibility option a marketplace's rulesets can read, so the command can refuse the
 * others and name these. Statuses gigdesk cannot compute read none.
 */
export function optionsUsedBy(rulesets: readonly Ruleset[]): Set<string> {
  const used = new Set<string>();
  for (const ruleset of rulesets) {
    for (const rules of Object.values(ruleset.statuses)) {
      if (rules.notComputable) continue;
      for (const criterion of rules.criteria) {
        for (const option of optionsOfCriterion(criterion)) used.add(option);
      }
    }
  }
  return used;
}

function optionsOfCriterion(criterion: Criterion): string[] {
  const { measure, threshold } = criterion;
  const options = isDecidedByOthers(measure) ? [] : optionsFor(measure);
  switch (threshold.kind) {
    case "category_usd":
    case "one_of":
      options.push("category");
      break;
    case "number":
      if (threshold.agencyValue !== undefined) options.push("agency");
      if (threshold.exElanceValue !== undefined) options.push("elance");
      // Holding a status can count toward this one (Rising Talent weeks toward Top Rated).
      if (threshold.countsWeeksHolding !== undefined) options.push("level");
      break;
    default:
      break;
  }
  return options;
}
