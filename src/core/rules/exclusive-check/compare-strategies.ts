import { type ExclusiveContractInput, type Split, splits } from "./exclusive-contract-input.js";
import { judgeStrategies, type StrategyVerdict } from "./judge-strategies.js";
import { type Projection, projectExclusiveContract } from "./project-exclusive-contract.js";
import type { ProjectionRules } from "./projection-rules.js";

export interface StrategyOutcome {
  split: Split;
  contracts: number;
  /** First month one single contract passes the large-contract threshold, or null (never). */
  largeContractMonth: number | null;
  largestContractUsd: number;
  /** End-of-contract reviews: one per contract. */
  reviews: number;
  /**
   * Extra fees compared with one contract: the client's initiation fee for each additional contract
   * (upper bound) plus any change in the freelancer's service fee, assuming each new contract keeps
   * the ruleset's percent.
   */
  extraFeesUsd: number;
  clientInitiationFeesUsd: number;
  freelancerExtraServiceFeesUsd: number;
  /** If every new contract were set at the highest reported variable fee: how much more she would pay. */
  feeResetExposureUsd: number | null;
  topRatedPlusMonths: number;
  jssVanishesMonth: number | null;
  /** Highest long-contract weight any one contract reaches (null when the ruleset has no such rule). */
  maxLongContractWeight: number | null;
  clientJobEligibleMonth: number;
}

export interface StrategyComparison {
  outcomes: StrategyOutcome[];
  projections: Record<Split, Projection>;
  recommended: Split;
  /** Why, as stable facts the renderer words. */
  reason: RecommendationReason;
  /** Each option's own verdict and reasons, for and against. */
  verdicts: StrategyVerdict[];
}

export type RecommendationReason =
  | {
      kind: "large-contract-earlier";
      split: Split;
      month: number;
      others: { split: Split; month: number | null }[];
    }
  | { kind: "more-rated-outcomes"; jss: number; reviews: number }
  | { kind: "one-contract-is-enough"; largeContractMonth: number | null };

/** Runs the same engagement as one contract, quarterly contracts and monthly contracts. */
export function compareStrategies(
  input: ExclusiveContractInput,
  rules: ProjectionRules,
  now: Date,
): StrategyComparison {
  const projections = Object.fromEntries(
    splits.map((split) => [split, projectExclusiveContract({ ...input, split }, rules, now)]),
  ) as Record<Split, Projection>;
  const single = projections.none;
  const outcomes = splits.map((split) => outcomeOf(projections[split], single, rules));
  const { recommended, reason } = recommend(outcomes, input, rules);
  const verdicts = judgeStrategies(outcomes, recommended, input, rules, single.largeContractThresholdUsd);
  return { outcomes, projections, recommended, reason, verdicts };
}

function outcomeOf(projection: Projection, single: Projection, rules: ProjectionRules): StrategyOutcome {
  const contracts = projection.contracts.length;
  const extraContracts = Math.max(0, contracts - 1);
  const clientInitiationFeesUsd = round2(extraContracts * (rules.contractInitiationFee?.maxUsd ?? 0));
  const freelancerExtraServiceFeesUsd = round2(projection.totalServiceFeeUsd - single.totalServiceFeeUsd);
  const laterContractsGross = projection.contracts
    .slice(1)
    .reduce((sum, contract) => sum + contract.grossUsd, 0);
  const feeResetExposureUsd = rules.variableFee
    ? round2(
        (laterContractsGross * Math.max(0, rules.variableFee.maxPercent - rules.serviceFeePercent)) / 100,
      )
    : null;
  const weights = projection.months
    .map((row) => row.longContractWeight)
    .filter((weight): weight is number => weight !== null);
  return {
    split: projection.split,
    contracts,
    largeContractMonth: projection.largeContractMonth,
    largestContractUsd: Math.max(0, ...projection.contracts.map((contract) => contract.netUsd)),
    reviews: contracts,
    extraFeesUsd: round2(clientInitiationFeesUsd + freelancerExtraServiceFeesUsd),
    clientInitiationFeesUsd,
    freelancerExtraServiceFeesUsd,
    feeResetExposureUsd,
    topRatedPlusMonths: projection.months.filter((row) => row.topRatedPlus).length,
    jssVanishesMonth: projection.jssVanishesMonth,
    maxLongContractWeight: weights.length > 0 ? Math.max(...weights) : null,
    clientJobEligibleMonth: projection.clientJobEligibleMonth,
  };
}

/**
 * The earliest single large contract wins, because no number of reviews replaces the Top Rated Plus
 * requirement. On a tie, one contract is the default (its weight grows with every paid quarter, one
 * fee percentage, no new initiation fees, mid-contract feedback still gives public reviews); only a
 * score below the Top Rated line on a long engagement tips it to quarterly contracts, whose
 * end-of-contract ratings can lift the score sooner.
 */
function recommend(
  outcomes: StrategyOutcome[],
  input: ExclusiveContractInput,
  rules: ProjectionRules,
): { recommended: Split; reason: RecommendationReason } {
  const byLargeMonth = (outcome: StrategyOutcome) => outcome.largeContractMonth ?? Number.POSITIVE_INFINITY;
  const earliest = Math.min(...outcomes.map(byLargeMonth));
  const contenders = outcomes.filter((outcome) => byLargeMonth(outcome) === earliest);
  const quarterly = contenders.find((outcome) => outcome.split === "quarterly");
  const jssLine = rules.topRated.jssCurrent?.value ?? 90;
  if (quarterly && input.jss !== null && input.jss < jssLine && input.months >= 6) {
    return {
      recommended: "quarterly",
      reason: { kind: "more-rated-outcomes", jss: input.jss, reviews: quarterly.reviews },
    };
  }
  // One contract accumulates every payment, so it is always among the earliest to pass the threshold.
  const largeContractMonth = Number.isFinite(earliest) ? earliest : null;
  if (contenders.length < outcomes.length && largeContractMonth !== null) {
    return {
      recommended: "none",
      reason: {
        kind: "large-contract-earlier",
        split: "none",
        month: largeContractMonth,
        others: outcomes
          .filter((outcome) => outcome.split !== "none")
          .map((outcome) => ({ split: outcome.split, month: outcome.largeContractMonth })),
      },
    };
  }
  return { recommended: "none", reason: { kind: "one-contract-is-enough", largeContractMonth } };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
