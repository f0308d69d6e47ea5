import { passes } from "../comparison.js";
import type {
  Comparison,
  Criterion,
  EvidenceGrade,
  Source,
  StatusId,
  StatusRules,
  UpworkRuleset,
} from "../ruleset-schema.js";
import {
  type ContractInitiationFee,
  contractInitiationFeeFor,
  type VariableFee,
  variableFeeFor,
} from "./contract-fees.js";

/** A threshold the projection checks month by month, with the criterion id that states it. */
export interface ProjectedThreshold {
  criterionId: string;
  comparison: Comparison;
  value: number;
}

/** The eligible-weeks rule: `value` good weeks out of a rolling `windowWeeks`. */
export interface ProjectedWeeksRule extends ProjectedThreshold {
  windowWeeks: number;
  /** A status whose weeks count too (Rising Talent), or null. */
  countsWeeksHolding: StatusId | null;
}

export interface ServiceFeeTier {
  upToUsd: number | null;
  percent: number;
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
    jssWeeks: ProjectedWeeksRule | null;
    earnings12m: ProjectedThreshold | null;
    recentActivityDays: ProjectedThreshold | null;
    /** The first contract's age, which grows by a month each month. */
    firstContractAge: ProjectedThreshold | null;
    /**
     * Criteria the projection holds constant at what she says today (profile, holds,
     * availability): checked once with the /eligibility calculator, assumed when not given.
     */
    heldConstant: Criterion[];
    /** The ids of `heldConstant`, for replies. */
    unprojectedCriterionIds: string[];
  };
  topRatedPlus: {
    defined: boolean;
    /** The criterion that asks for Top Rated itself. */
    topRatedCriterionId: string;
    earnings12m: ProjectedThreshold | null;
    largeContract: { criterionId: string; comparison: Comparison } | null;
    heldConstant: Criterion[];
    unprojectedCriterionIds: string[];
  };
  largeContractThresholdUsd: { default: number; byCategory: Record<string, number> } | null;
  /** Each Top Rated and Top Rated Plus criterion as it reads after "if" (its condition, else its description). */
  conditions: Record<string, string>;
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
  /** The grade of the source each topic follows, so claims that rest on weak sources can say so. */
  grades: {
    serviceFee: EvidenceGrade;
    largeContract: EvidenceGrade | null;
    jss: EvidenceGrade;
    inactivity: EvidenceGrade;
    offPlatform: EvidenceGrade;
    /** By criterion id, for Top Rated and Top Rated Plus. */
    criteria: Record<string, EvidenceGrade>;
  };
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

/** The projection models Upwork's rules only (JSS, eligible weeks, fees), so it takes an Upwork ruleset. */
export function projectionRulesFrom(ruleset: UpworkRuleset): ProjectionRules {
  const market = ruleset.marketplace;
  const topRated = ruleset.statuses.top_rated;
  const topRatedPlus = ruleset.statuses.top_rated_plus;
  const topRatedProjected = {
    jssCurrent: numericCriterion(topRated, "jss"),
    jssWeeks: weeksRule(topRated),
    earnings12m: numericCriterion(topRated, "earnings_12m_usd"),
    recentActivityDays: numericCriterion(topRated, "days_since_activity"),
    firstContractAge: numericCriterion(topRated, "first_contract_days"),
  };
  const topRatedConstant = unprojected(topRated, [
    "jss",
    "eligible_weeks",
    "earnings_12m_usd",
    "days_since_activity",
    "first_contract_days",
  ]);
  const topRatedPlusConstant = unprojected(topRatedPlus, [
    "earnings_12m_usd",
    "largest_contract_usd",
    "holds_status",
  ]);
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
      heldConstant: topRatedConstant,
      unprojectedCriterionIds: topRatedConstant.map((criterion) => criterion.id),
    },
    topRatedPlus: {
      defined: topRatedPlus !== undefined,
      topRatedCriterionId:
        topRatedPlus?.criteria.find((criterion) => criterion.measure === "holds_status")?.id ??
        "top_rated_plus.top_rated",
      ...topRatedPlusProjected,
      heldConstant: topRatedPlusConstant,
      unprojectedCriterionIds: topRatedPlusConstant.map((criterion) => criterion.id),
    },
    conditions: Object.fromEntries(
      [...(topRated?.criteria ?? []), ...(topRatedPlus?.criteria ?? [])].map((criterion) => [
        criterion.id,
        criterion.condition ?? criterion.description,
      ]),
    ),
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
    grades: {
      serviceFee: market.serviceFee.grade,
      largeContract: market.largeContractThresholdUsd?.grade ?? null,
      jss: market.jss.grade,
      inactivity: market.inactivity.grade,
      offPlatform: market.offPlatform.grade,
      criteria: Object.fromEntries(
        [...(topRated?.criteria ?? []), ...(topRatedPlus?.criteria ?? [])].map((criterion) => [
          criterion.id,
          criterion.grade,
        ]),
      ),
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

function weeksRule(rules: StatusRules | undefined): ProjectedWeeksRule | null {
  const criterion = rules?.criteria.find((candidate) => candidate.measure === "eligible_weeks");
  const threshold = criterion?.threshold;
  if (!criterion || threshold?.kind !== "number") return null;
  return {
    criterionId: criterion.id,
    comparison: threshold.comparison,
    value: threshold.value,
    windowWeeks: threshold.outOf ?? 16,
    countsWeeksHolding: threshold.countsWeeksHolding ?? null,
  };
}

function unprojected(rules: StatusRules | undefined, projectedMeasures: Criterion["measure"][]): Criterion[] {
  return (rules?.criteria ?? []).filter((criterion) => !projectedMeasures.includes(criterion.measure));
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
