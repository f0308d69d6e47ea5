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

/** The input fields that hold a value of type `T`. */
type KeysOf<T> = {
  [K in keyof EligibilityInput]-?: NonNullable<EligibilityInput[K]> extends T ? K : never;
}[keyof EligibilityInput];

/** The figure each numeric measure is read from. */
const numberFieldOf = {
  jss: "jssPercent",
  earnings_12m_usd: "earnings12mUsd",
  first_contract_days: "firstContractDays",
  profile_percent: "profilePercent",
  days_since_activity: "daysSinceActivity",
  largest_contract_usd: "largestContractUsd",
  rating_stars: "ratingStars",
  success_score: "successScore",
  response_rate_percent: "responseRatePercent",
  orders_total: "ordersTotal",
  unique_clients_total: "uniqueClientsTotal",
  earnings_total_usd: "earningsTotalUsd",
  points_12m: "points12m",
  ratings_count: "ratingsCount",
} as const satisfies Partial<Record<Measure, KeysOf<number>>>;

/** The yes/no fact each flag measure is read from. */
const flagFieldOf = {
  account_hold: "accountHold",
  availability_current: "availabilityCurrent",
  large_contract_negative_outcome: "largeContractNegativeOutcome",
  exclusive_agency_member: "exclusiveAgencyMember",
  negative_feedback: "negativeFeedback",
  identity_verified: "identityVerified",
  payout_method: "payoutMethod",
} as const satisfies Partial<Record<Measure, KeysOf<boolean>>>;

export function numberInput(measure: Measure, input: EligibilityInput): number | undefined {
  return measure in numberFieldOf ? input[numberFieldOf[measure as keyof typeof numberFieldOf]] : undefined;
}

export function flagInput(measure: Measure, input: EligibilityInput): boolean | undefined {
  return measure in flagFieldOf ? input[flagFieldOf[measure as keyof typeof flagFieldOf]] : undefined;
}
