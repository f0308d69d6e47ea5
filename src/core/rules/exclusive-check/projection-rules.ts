import { passes } from "../comparison.js";
import type { Comparison, Criterion, Ruleset, Source, StatusRules } from "../ruleset-schema.js";

/** A threshold the projection checks month by month, with the criterion id that states it. */
export interface ProjectedThreshold {
  criterionId: string;
  comparison: Comparison;
  value: number;
}

export interface ServiceFeeTier {
  upToUsd: number | null;
  percent: number;
}

/**
 * The client's fee for opening a contract. It is not part of the ruleset schema (it is the client's
 * cost, not a status rule), so it is derived here from the ruleset's effective date; see
 * `contractInitiationFeeFor`.
 */
export interface ContractInitiationFee {
  minUsd: number;
  maxUsd: number;
  sources: string[];
  note: string;
}

/**
 * Reports that each new contract gets its own freelancer fee percentage. Also absent from the
 * schema, derived from the effective date in `variableFeeFor`.
 */
export interface VariableFee {
  minPercent: number;
  maxPercent: number;
  sources: string[];
  note: string;
}

/** Just the numbers the exclusive-contract projection needs, read once from a ruleset. */
export interface ProjectionRules {
  rulesetId: string;
  rulesetTitle: string;
  effectiveFrom: string;
  serviceFeePercent: number;
  /** Sliding tiers on lifetime billings with one client, or null for a flat percent. */
  serviceFeeTiers: ServiceFeeTier[] | null;
  topRated: {
    /** Whether the ruleset defines the status at all. */
    defined: boolean;
    jssCurrent: ProjectedThreshold | null;
    jssWeeks: ProjectedThreshold | null;
    earnings12m: ProjectedThreshold | null;
    recentActivityDays: ProjectedThreshold | null;
    /** Criteria the projection cannot follow month by month (profile, holds, first contract age...). */
    unprojectedCriterionIds: string[];
  };
  topRatedPlus: {
    defined: boolean;
    earnings12m: ProjectedThreshold | null;
    largeContract: { criterionId: string; comparison: Comparison } | null;
    unprojectedCriterionIds: string[];
  };
  largeContractThresholdUsd: { default: number; byCategory: Record<string, number> } | null;
  jss: {
    windowMonths: number;
    minDistinctClients: number;
    longContractPaymentIntervalDays: number | null;
    maxLongContractWeight: number | null;
  };
  inactivity: {
    privateAfterDaysEstablished: number | null;
    privateAfterDaysNewFreelancer: number | null;
  };
  offPlatform: {
    conversionFeePercent: number | null;
    annualHours: number | null;
    badgeBanMonths: number | null;
  };
  contractInitiationFee: ContractInitiationFee | null;
  variableFee: VariableFee | null;
  /** Source URLs per topic, so the reply cites what each number rests on. */
  sources: {
    serviceFee: string[];
    largeContract: string[];
    jss: string[];
    inactivity: string[];
    offPlatform: string[];
    topRated: string[];
    topRatedPlus: string[];
  };
}

export function projectionRulesFrom(ruleset: Ruleset): ProjectionRules {
  const market = ruleset.marketplace;
  const topRated = ruleset.statuses.top_rated;
  const topRatedPlus = ruleset.statuses.top_rated_plus;
  const topRatedProjected = {
    jssCurrent: numericCriterion(topRated, "jss"),
    jssWeeks: numericCriterion(topRated, "eligible_weeks"),
    earnings12m: numericCriterion(topRated, "earnings_12m_usd"),
    recentActivityDays: numericCriterion(topRated, "days_since_activity"),
  };
  const largeContractCriterion = topRatedPlus?.criteria.find(
    (criterion) => criterion.measure === "largest_contract_usd",
  );
  const topRatedPlusProjected = {
    earnings12m: numericCriterion(topRatedPlus, "earnings_12m_usd"),
    largeContract:
      largeContractCriterion && largeContractCriterion.threshold.kind !== "flag"
        ? {
            criterionId: largeContractCriterion.id,
            comparison:
              "comparison" in largeContractCriterion.threshold
                ? largeContractCriterion.threshold.comparison
                : ("gt" as const),
          }
        : null,
  };
  return {
    rulesetId: ruleset.id,
    rulesetTitle: ruleset.title,
    effectiveFrom: ruleset.effectiveFrom,
    serviceFeePercent: market.serviceFee.percent,
    serviceFeeTiers: market.serviceFee.tiers ?? null,
    topRated: {
      defined: topRated !== undefined,
      ...topRatedProjected,
      unprojectedCriterionIds: unprojected(topRated, [
        "jss",
        "eligible_weeks",
        "earnings_12m_usd",
        "days_since_activity",
      ]),
    },
    topRatedPlus: {
      defined: topRatedPlus !== undefined,
      ...topRatedPlusProjected,
      unprojectedCriterionIds: unprojected(topRatedPlus, [
        "earnings_12m_usd",
        "largest_contract_usd",
        "holds_status",
      ]),
    },
    largeContractThresholdUsd: market.largeContractThresholdUsd
      ? {
          default: market.largeContractThresholdUsd.default,
          byCategory: { ...market.largeContractThresholdUsd.byCategory },
        }
      : null,
    jss: {
      windowMonths: market.jss.windowMonths,
      minDistinctClients: market.jss.minDistinctClients,
      longContractPaymentIntervalDays: market.jss.longContractPaymentIntervalDays,
      maxLongContractWeight: market.jss.maxLongContractWeight,
    },
    inactivity: {
      privateAfterDaysEstablished: market.inactivity.privateAfterDaysWithoutEarningsEstablished,
      privateAfterDaysNewFreelancer: market.inactivity.privateAfterDaysNewFreelancer,
    },
    offPlatform: {
      conversionFeePercent: market.offPlatform.conversionFeePercent,
      annualHours: market.offPlatform.annualHours,
      badgeBanMonths: market.offPlatform.badgeBanMonths,
    },
    contractInitiationFee: contractInitiationFeeFor(ruleset.effectiveFrom),
    variableFee: variableFeeFor(ruleset.effectiveFrom),
    sources: {
      serviceFee: urlsOf(market.serviceFee.sources),
      largeContract: urlsOf(market.largeContractThresholdUsd?.sources ?? []),
      jss: urlsOf(market.jss.sources),
      inactivity: urlsOf(market.inactivity.sources),
      offPlatform: urlsOf(market.offPlatform.sources),
      topRated: criterionSources(topRated),
      topRatedPlus: criterionSources(topRatedPlus),
    },
  };
}

/**
 * Not in the ruleset schema: the client pays a fee for each new contract since late April 2023
 * ($4.95 then, per an internal help-centre copy; a 2026 secondary guide gives $0.99-$14.99).
 * The comparison of splits only needs an upper bound for what splitting adds on the client's side.
 */
export function contractInitiationFeeFor(effectiveFrom: string): ContractInitiationFee | null {
  if (effectiveFrom < "2023-04-26") return null;
  return {
    minUsd: 0.99,
    maxUsd: 14.99,
    sources: [
      "https://stage-support.upwork.com/hc/en-us/articles/14380555589266--Project-Shamrock-Pricing-Refresh",
      "https://golance.com/de/blogs/upwork-fees-explained-2026",
    ],
    note: "paid by the client for each new contract: $4.95 from April 2023, $0.99-$14.99 in a 2026 guide; sources disagree on whether rehiring the same freelancer is charged again",
  };
}

/**
 * Not in the ruleset schema: since May 2023 the freelancer fee is set per contract, and secondary
 * reports say that from May 2025 it varies between contracts (0-15%), fixed for each contract's
 * life. So every new contract may come with a different percentage; rulesets of the per-contract
 * era get this caveat and a worst-case figure.
 */
export function variableFeeFor(effectiveFrom: string): VariableFee | null {
  if (effectiveFrom < "2023-05-03") return null;
  return {
    minPercent: 0,
    maxPercent: 15,
    sources: [
      "https://skilllinkup.com/en/resources/upwork-pricing",
      "https://gruv.ai/blog/true-cost-of-upwork",
    ],
    note: "secondary reports only: from May 2025 each new contract may carry its own fee between 0% and 15%, fixed for that contract",
  };
}

function numericCriterion(
  rules: StatusRules | undefined,
  measure: Criterion["measure"],
): ProjectedThreshold | null {
  const criterion = rules?.criteria.find((candidate) => candidate.measure === measure);
  if (criterion?.threshold.kind !== "number") return null;
  return {
    criterionId: criterion.id,
    comparison: criterion.threshold.comparison,
    value: criterion.threshold.value,
  };
}

function unprojected(rules: StatusRules | undefined, projectedMeasures: Criterion["measure"][]): string[] {
  return (rules?.criteria ?? [])
    .filter((criterion) => !projectedMeasures.includes(criterion.measure))
    .map((criterion) => criterion.id);
}

function criterionSources(rules: StatusRules | undefined): string[] {
  return [...new Set((rules?.criteria ?? []).flatMap((criterion) => urlsOf(criterion.sources)))];
}

function urlsOf(sources: readonly Source[]): string[] {
  return sources.map((source) => source.url);
}

export function meetsThreshold(value: number, threshold: { comparison: Comparison; value: number }): boolean {
  return passes(value, threshold.comparison, threshold.value);
}
