import type { EligibilityInput } from "../eligibility/eligibility-input.js";

export const splits = ["none", "quarterly", "monthly"] as const;
/** One continuous contract, or a new contract with the same client each quarter or month. */
export type Split = (typeof splits)[number];

export const currentStatuses = [
  "none",
  "rising_talent",
  "top_rated",
  "top_rated_plus",
  "expert_vetted",
] as const;
export type CurrentStatus = (typeof currentStatuses)[number];

/**
 * What she says about her progress toward Top Rated, as /eligibility takes it: the week count or
 * history, her first contract's age, and the facts the table holds constant (profile, holds,
 * availability). Undefined = not given; the projection then states what it assumed.
 */
export type ProgressFacts = Pick<
  EligibilityInput,
  | "eligibleWeeks"
  | "weekHistory"
  | "firstContractDays"
  | "profilePercent"
  | "exElance"
  | "accountHold"
  | "availabilityCurrent"
>;

export type Pay =
  | { kind: "hourly"; rateUsd: number; hoursPerWeek: number }
  | { kind: "fixed"; monthlyUsd: number };

/** What the freelancer tells us about the offer and her account, already validated. */
export interface ExclusiveContractInput {
  months: number;
  pay: Pay;
  split: Split;
  /** USD earned in the 12 months before the contract starts; null when not given (treated as 0). */
  priorEarningsUsd: number | null;
  /** The current Job Success Score, null when she has none. */
  jss: number | null;
  status: CurrentStatus;
  /** Distinct clients other than this one with eligible jobs in the last 24 months. */
  otherClients: number;
  /** Months since the most recent job with another client ended; null when there is none. */
  lastOtherJobMonths: number | null;
  savingsMonths: number | null;
  /** Marketplace category key for the large-contract threshold; null uses the ruleset's default. */
  category: string | null;
  /** Whether the client forbids other clients during the contract. */
  exclusive: boolean;
  progress: ProgressFacts;
}

/** Average weeks in a month, so that 40 h/week over a year is 2,080 hours. */
export const weeksPerMonth = 52 / 12;
/** Average days in a month, for day-based rules (90-day activity, 90-day payment interval). */
export const daysPerMonth = 365 / 12;

export function monthlyGrossUsd(pay: Pay): number {
  return pay.kind === "hourly" ? pay.rateUsd * pay.hoursPerWeek * weeksPerMonth : pay.monthlyUsd;
}
