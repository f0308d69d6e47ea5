import type { ExclusiveContractInput, Split } from "./exclusive-contract-input.js";
import type { ProjectionRules } from "./projection-rules.js";

/**
 * One reason for or against a way of structuring the engagement, as a stable code with the
 * numbers behind it; the renderer words it. Each option is judged on its own numbers only.
 */
export type StrategyReason =
  | { code: "large-contract"; month: number }
  | { code: "large-contract-later"; month: number; earliestMonth: number }
  | { code: "no-large-contract"; largestUsd: number; thresholdUsd: number }
  | { code: "end-of-contract-ratings"; reviews: number }
  | { code: "ratings-can-lift-score"; jss: number; line: number; reviews: number }
  | { code: "long-contract-weight"; weight: number; max: number | null }
  | { code: "weight-restarts"; weight: number; singleWeight: number }
  | { code: "extra-client-fees"; upToUsd: number }
  | { code: "fee-reset-exposure"; upToUsd: number; percent: number }
  | { code: "one-fee-percentage" };

export type StrategyVerdictKind = "recommended" | "workable" | "not-advised";

export interface StrategyVerdict {
  split: Split;
  verdict: StrategyVerdictKind;
  for: StrategyReason[];
  against: StrategyReason[];
}

/** What the judgement reads of each option's outcome. */
export interface JudgedOutcome {
  split: Split;
  largeContractMonth: number | null;
  largestContractUsd: number;
  reviews: number;
  clientInitiationFeesUsd: number;
  feeResetExposureUsd: number | null;
  maxLongContractWeight: number | null;
}

/**
 * Each option's verdict with its own reasons: an option is not advised when it loses the large
 * contract Top Rated Plus needs (or reaches it later) while another option does not, and the
 * recommended one is the one compareStrategies chose.
 */
export function judgeStrategies(
  outcomes: readonly JudgedOutcome[],
  recommended: Split,
  input: ExclusiveContractInput,
  rules: ProjectionRules,
  thresholdUsd: number | null,
): StrategyVerdict[] {
  const months = outcomes.map((outcome) => outcome.largeContractMonth ?? Number.POSITIVE_INFINITY);
  const earliest = Math.min(...months);
  const single = outcomes.find((outcome) => outcome.split === "none");
  const largeContractMatters =
    rules.topRatedPlus.defined && thresholdUsd !== null && Number.isFinite(earliest);
  const jssLine = rules.topRated.jssCurrent?.value ?? null;
  return outcomes.map((outcome) => {
    const reasonsFor: StrategyReason[] = [];
    const against: StrategyReason[] = [];
    let behind = false;
    if (largeContractMatters && thresholdUsd !== null) {
      if (outcome.largeContractMonth === null) {
        behind = true;
        against.push({
          code: "no-large-contract",
          largestUsd: Math.round(outcome.largestContractUsd),
          thresholdUsd,
        });
      } else if (outcome.largeContractMonth > earliest) {
        behind = true;
        against.push({
          code: "large-contract-later",
          month: outcome.largeContractMonth,
          earliestMonth: earliest,
        });
      } else {
        reasonsFor.push({ code: "large-contract", month: outcome.largeContractMonth });
      }
    }
    if (outcome.reviews > 1) {
      reasonsFor.push(
        input.jss !== null && jssLine !== null && input.jss < jssLine
          ? { code: "ratings-can-lift-score", jss: input.jss, line: jssLine, reviews: outcome.reviews }
          : { code: "end-of-contract-ratings", reviews: outcome.reviews },
      );
    }
    const weight = outcome.maxLongContractWeight;
    const singleWeight = single?.maxLongContractWeight ?? null;
    if (weight !== null && singleWeight !== null) {
      if (outcome.split === "none" && weight > 0) {
        reasonsFor.push({ code: "long-contract-weight", weight, max: rules.jss.maxLongContractWeight });
      } else if (weight < singleWeight) {
        against.push({ code: "weight-restarts", weight, singleWeight });
      }
    }
    if (outcome.clientInitiationFeesUsd > 0) {
      against.push({ code: "extra-client-fees", upToUsd: outcome.clientInitiationFeesUsd });
    }
    if (outcome.feeResetExposureUsd !== null && outcome.feeResetExposureUsd > 0 && rules.variableFee) {
      against.push({
        code: "fee-reset-exposure",
        upToUsd: Math.round(outcome.feeResetExposureUsd),
        percent: rules.variableFee.maxPercent,
      });
    }
    const newContractsCost = rules.contractInitiationFee !== null || rules.variableFee !== null;
    if (outcome.split === "none" && newContractsCost && outcomes.some((other) => other.reviews > 1)) {
      reasonsFor.push({ code: "one-fee-percentage" });
    }
    const verdict: StrategyVerdictKind =
      outcome.split === recommended ? "recommended" : behind ? "not-advised" : "workable";
    return { split: outcome.split, verdict, for: reasonsFor, against };
  });
}
