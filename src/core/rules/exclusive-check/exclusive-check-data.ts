import type { Advice } from "./advise.js";
import type { Severity } from "./assess-risks.js";
import type { ExclusiveCheck } from "./check-exclusive-contract.js";
import type { Split } from "./exclusive-contract-input.js";

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
    criteria: Record<string, boolean>;
  }[];
  top_rated_kept_until_month: number | null;
  top_rated_lost: { month: number; criteria: string[] } | null;
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
  }[];
  risks: {
    id: string;
    severity: Severity;
    summary: string;
    detail: string;
    numbers: Record<string, unknown>;
  }[];
  advice: Advice[];
  assumptions: string[];
}

export function exclusiveCheckData(check: ExclusiveCheck, assumptions: string[]): ExclusiveCheckData {
  const { projection, comparison } = check;
  return {
    ruleset: check.rules.rulesetId,
    split: check.input.split,
    recommended_split: comparison.recommended,
    months: projection.months.map((row) => ({
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
    })),
    risks: check.risks.map((risk) => ({
      id: risk.id,
      severity: risk.severity,
      summary: risk.summary,
      detail: risk.detail,
      numbers: risk.numbers,
    })),
    advice: check.advice,
    assumptions,
  };
}
