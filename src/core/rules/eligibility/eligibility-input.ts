import type { Measure, StatusId } from "../ruleset-schema.js";

/** What a freelancer tells us. A field left undefined was not given (for the JSS: there is no score). */
export interface EligibilityInput {
  jssPercent?: number | undefined;
  /** How many of the last weeks of the window counted as eligible (JSS of 90% or more, or Rising Talent). */
  eligibleWeeks?: number | undefined;
  /** One character per week, oldest first, "1" = an eligible week. Exact, so preferred over the count. */
  weekHistory?: string | undefined;
  earnings12mUsd?: number | undefined;
  firstContractDays?: number | undefined;
  profilePercent?: number | undefined;
  /** The profile was carried over from Elance, which lowers the profile bar where a ruleset says so. */
  exElance?: boolean | undefined;
  accountHold?: boolean | undefined;
  daysSinceActivity?: number | undefined;
  availabilityCurrent?: boolean | undefined;
  largestContractUsd?: number | undefined;
  largeContractNegativeOutcome?: boolean | undefined;
  /** An exclusive agency member in Upwork's sense: works only through an agency. */
  exclusiveAgencyMember?: boolean | undefined;
  /** A key of marketplace.largeContractThresholdUsd.byCategory. */
  category?: string | undefined;
  isAgency?: boolean | undefined;
  ratingStars?: number | undefined;
  negativeFeedback?: boolean | undefined;
  identityVerified?: boolean | undefined;
  payoutMethod?: boolean | undefined;
  /** Statuses the freelancer holds now, e.g. Rising Talent, whose weeks count toward Top Rated. */
  holdsStatuses?: readonly StatusId[] | undefined;
}

/** The facts a criterion can lack; the command turns each into the option to add. */
export type MissingInput = Exclude<Measure, "holds_status" | "invitation"> | "category";

export function numberInput(measure: Measure, input: EligibilityInput): number | undefined {
  switch (measure) {
    case "jss":
      return input.jssPercent;
    case "earnings_12m_usd":
      return input.earnings12mUsd;
    case "first_contract_days":
      return input.firstContractDays;
    case "profile_percent":
      return input.profilePercent;
    case "days_since_activity":
      return input.daysSinceActivity;
    case "largest_contract_usd":
      return input.largestContractUsd;
    case "rating_stars":
      return input.ratingStars;
    default:
      return undefined;
  }
}

export function flagInput(measure: Measure, input: EligibilityInput): boolean | undefined {
  switch (measure) {
    case "account_hold":
      return input.accountHold;
    case "availability_current":
      return input.availabilityCurrent;
    case "large_contract_negative_outcome":
      return input.largeContractNegativeOutcome;
    case "exclusive_agency_member":
      return input.exclusiveAgencyMember;
    case "negative_feedback":
      return input.negativeFeedback;
    case "identity_verified":
      return input.identityVerified;
    case "payout_method":
      return input.payoutMethod;
    default:
      return undefined;
  }
}
