import type { Advice } from "./advise.js";
import type { Severity } from "./assess-risks.js";
import type { ExclusiveCheck } from "./check-exclusive-contract.js";
import { type ClaimBasis, statedBy, topRatedOutlookBasis, weakerOf } from "./claim-basis.js";
import type { Split } from "./exclusive-contract-input.js";
import type { StrategyReason, StrategyVerdict, StrategyVerdictKind } from "./judge-strategies.js";
import type { StatusOutlook } from "./project-statuses.js";

/** The reply's `data`, in the shape other tools and tests read (snake_case, stable). */
export interface ExclusiveCheckData {
  ruleset: string;
  split: Split;
  recommended_split: Split;
  months: {
    month: number;
    calendar_month: string;
    in_contract: boolean;
    earnings_12m: number;
    top_rated: boolean;
    top_rated_plus: boolean;
    jss_exists: boolean;
    profile_public: boolean;
    large_contract: boolean;
    long_contract_weight: number | null;
    /** Eligible weeks in the rolling window at the month's end; null without a weeks rule. */
    eligible_weeks: number | null;
    criteria: Record<string, boolean>;
  }[];
  top_rated_kept_until_month: number | null;
  top_rated_lost: { month: number; criteria: string[] } | null;
  /** Whether Top Rated and Top Rated Plus are held now, arrive, last to the contract's end and after. */
  outlook: Record<"top_rated" | "top_rated_plus", StatusOutlookData>;
  jss_vanishes_month: number | null;
  strategies: {
    split: Split;
    large_contract_month: number | null;
    reviews: number;
    extra_fees_usd: number;
    contracts: number;
    largest_contract_usd: number;
    client_initiation_fees_usd: number;
    freelancer_extra_service_fees_usd: number;
    fee_reset_exposure_usd: number | null;
    jss_vanishes_month: number | null;
    max_long_contract_weight: number | null;
    top_rated_plus_months: number;
    /** This option's own verdict, with the reasons for and against it as stable codes. */
    verdict: StrategyVerdictKind;
    reasons_for: StrategyReason[];
    reasons_against: StrategyReason[];
  }[];
  risks: {
    id: string;
    severity: Severity;
    summary: string;
    detail: string;
    numbers: Record<string, unknown>;
    /** What the claim rests on, as /status grades rules: the weakest rule's grade, and whether it is inferred. */
    basis: ClaimBasis;
  }[];
  advice: Advice[];
  assumptions: string[];
}

export interface StatusOutlookData {
  held_now: boolean;
  gained_month: number | null;
  lost: { month: number; criteria: string[] } | null;
  held_at_contract_end: boolean;
  held_after_contract: boolean;
  blocked_by: string[];
  assumed: string[];
  basis: ClaimBasis;
}

function outlookData(outlook: StatusOutlook, basis: ClaimBasis): StatusOutlookData {
  return {
    basis,
    held_now: outlook.heldNow,
    gained_month: outlook.gainedMonth,
    lost: outlook.lost ? { month: outlook.lost.month, criteria: outlook.lost.criterionIds } : null,
    held_at_contract_end: outlook.heldAtContractEnd,
    held_after_contract: outlook.heldAtTableEnd,
    blocked_by: outlook.blockedBy,
    assumed: outlook.assumedCriterionIds,
  };
}

export function exclusiveCheckData(check: ExclusiveCheck, assumptions: string[]): ExclusiveCheckData {
  const { projection, comparison } = check;
  return {
    ruleset: check.rules.rulesetId,
    split: check.input.split,
    recommended_split: comparison.recommended,
    months: projection.months.map((row) => ({
      eligible_weeks: row.eligibleWeeks,
      month: row.month,
      calendar_month: row.calendarMonth,
      in_contract: row.inContract,
      earnings_12m: Math.round(row.earnings12mUsd),
      top_rated: row.topRated,
      top_rated_plus: row.topRatedPlus,
      jss_exists: row.jssExists,
      profile_public: row.profilePublic,
      large_contract: row.largeContract,
      long_contract_weight: row.longContractWeight,
      criteria: row.criteria,
    })),
    top_rated_kept_until_month: projection.topRatedKeptUntilMonth,
    top_rated_lost: projection.topRatedLost
      ? { month: projection.topRatedLost.month, criteria: projection.topRatedLost.criterionIds }
      : null,
    outlook: {
      top_rated: outlookData(projection.outlook.topRated, topRatedOutlookBasis(projection, check.rules)),
      top_rated_plus: outlookData(
        projection.outlook.topRatedPlus,
        // Top Rated Plus rests on Top Rated and on the large-contract rule.
        weakerOf(topRatedOutlookBasis(projection, check.rules), statedBy(check.rules.grades.largeContract)),
      ),
    },
    jss_vanishes_month: projection.jssVanishesMonth,
    strategies: comparison.outcomes.map((outcome) => ({
      split: outcome.split,
      large_contract_month: outcome.largeContractMonth,
      reviews: outcome.reviews,
      extra_fees_usd: outcome.extraFeesUsd,
      contracts: outcome.contracts,
      largest_contract_usd: Math.round(outcome.largestContractUsd),
      client_initiation_fees_usd: outcome.clientInitiationFeesUsd,
      freelancer_extra_service_fees_usd: outcome.freelancerExtraServiceFeesUsd,
      fee_reset_exposure_usd: outcome.feeResetExposureUsd,
      jss_vanishes_month: outcome.jssVanishesMonth,
      max_long_contract_weight: outcome.maxLongContractWeight,
      top_rated_plus_months: outcome.topRatedPlusMonths,
      ...verdictData(comparison.verdicts.find((verdict) => verdict.split === outcome.split)),
    })),
    risks: check.risks.map((risk) => ({
      id: risk.id,
      severity: risk.severity,
      summary: risk.summary,
      detail: risk.detail,
      numbers: risk.numbers,
      basis: risk.basis,
    })),
    advice: check.advice,
    assumptions,
  };
}

function verdictData(verdict: StrategyVerdict | undefined) {
  return {
    verdict: verdict?.verdict ?? ("workable" as const),
    reasons_for: verdict?.for ?? [],
    reasons_against: verdict?.against ?? [],
  };
}
