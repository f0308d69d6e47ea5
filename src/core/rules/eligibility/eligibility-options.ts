import type { Criterion } from "../ruleset-schema.js";
import type { MissingInput } from "./eligibility-input.js";

/**
 * The /eligibility option that states each fact. The wording lives in core beside the calculator
 * (as the exclusive check's does), so the replies can say which option settles a criterion; a
 * test checks that every name here is an option of the command.
 */
export const optionForMissing: Record<MissingInput, string> = {
  jss: "jss",
  eligible_weeks: "history",
  earnings_12m_usd: "earnings",
  first_contract_days: "first_contract_days",
  profile_percent: "profile",
  account_hold: "hold",
  days_since_activity: "active_days",
  availability_current: "available",
  largest_contract_usd: "largest_contract",
  large_contract_negative_outcome: "large_contract_negative",
  exclusive_agency_member: "exclusive_agency",
  rating_stars: "rating",
  negative_feedback: "negative_feedback",
  identity_verified: "id_verified",
  payout_method: "payout_method",
  category: "category",
};

/** The options that settle one missing fact: `history` or `weeks` for the week count. */
export function optionsFor(missing: MissingInput): string[] {
  return missing === "eligible_weeks" ? ["history", "weeks"] : [optionForMissing[missing]];
}

/** How a member states the fact behind an assumed criterion, e.g. `hold:no`, `profile:100`, `active_days:<days>`. */
export function statingOption(criterion: Criterion): string | null {
  const { measure, threshold } = criterion;
  if (measure === "holds_status" || measure === "invitation") return null;
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
