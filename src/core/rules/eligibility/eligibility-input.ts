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
  /** The level she holds now, as she states it (Fiverr reviews Top Rated candidates from Level 2). */
  currentLevel?: StatusId | undefined;
  /** Fiverr's Success score, 1-10. */
  successScore?: number | undefined;
  responseRatePercent?: number | undefined;
  ordersTotal?: number | undefined;
  uniqueClientsTotal?: number | undefined;
  /** Earnings on the marketplace, all time (Fiverr counts totals; Upwork's bars use 12 months). */
  earningsTotalUsd?: number | undefined;
  /** Malt's points over the last 12 months. */
  points12m?: number | undefined;
  ratingsCount?: number | undefined;
}

/** The facts a criterion can lack; the command turns each into the option to add. */
export type MissingInput = Exclude<Measure, "holds_status" | "invitation" | "manual_review"> | "category";

/** Measures no member fact settles: another status's verdict, an invitation, a review. */
export function isDecidedByOthers(
  measure: Measure,
): measure is "holds_status" | "invitation" | "manual_review" {
  return measure === "holds_status" || measure === "invitation" || measure === "manual_review";
}

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
    case "success_score":
      return input.successScore;
    case "response_rate_percent":
      return input.responseRatePercent;
    case "orders_total":
      return input.ordersTotal;
    case "unique_clients_total":
      return input.uniqueClientsTotal;
    case "earnings_total_usd":
      return input.earningsTotalUsd;
    case "points_12m":
      return input.points12m;
    case "ratings_count":
      return input.ratingsCount;
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
