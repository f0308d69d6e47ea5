import { type ExclusiveContractInput, monthlyGrossUsd } from "./exclusive-contract-input.js";
import { netOfServiceFee } from "./net-of-service-fee.js";
import type { PlannedContract } from "./plan-contracts.js";
import { meetsThreshold, type ProjectionRules } from "./projection-rules.js";

export interface ContractOutcome extends PlannedContract {
  grossUsd: number;
  netUsd: number;
  /** First month this contract's own earnings pass the large-contract threshold, or null. */
  largeFromMonth: number | null;
}

/**
 * Net pay per contract month (index 1 = month 1), with any sliding fee tier applied to lifetime
 * billings with this client.
 */
export function netEarningsByMonth(input: ExclusiveContractInput, rules: ProjectionRules): number[] {
  const gross = monthlyGrossUsd(input.pay);
  const netByMonth: number[] = [0];
  let billed = 0;
  for (let month = 1; month <= input.months; month += 1) {
    netByMonth.push(netOfServiceFee(gross, billed, rules.serviceFeePercent, rules.serviceFeeTiers));
    billed += gross;
  }
  return netByMonth;
}

/** What each planned contract earns, and the month its own earnings pass the large-contract line. */
export function contractOutcomes(
  contracts: readonly PlannedContract[],
  earnedIn: (month: number) => number,
  gross: number,
  threshold: number | null,
  rules: ProjectionRules,
): ContractOutcome[] {
  const largeRule = rules.topRatedPlus.largeContract;
  return contracts.map((contract) => {
    let cumulative = 0;
    let largeFromMonth: number | null = null;
    for (let month = contract.startMonth; month <= contract.endMonth; month += 1) {
      cumulative += earnedIn(month);
      if (
        largeFromMonth === null &&
        threshold !== null &&
        largeRule &&
        meetsThreshold(cumulative, { comparison: largeRule.comparison, value: threshold })
      ) {
        largeFromMonth = month;
      }
    }
    const contractGross = gross * (contract.endMonth - contract.startMonth + 1);
    return { ...contract, grossUsd: contractGross, netUsd: cumulative, largeFromMonth };
  });
}

/**
 * Some single contract is above the large-contract line and has had earnings in the last 12
 * months; a current Top Rated Plus holder's earlier large contract ended as this one began.
 */
export function largeContractHeld(
  outcomes: readonly ContractOutcome[],
  month: number,
  input: ExclusiveContractInput,
): boolean {
  return (
    outcomes.some(
      (contract) =>
        contract.largeFromMonth !== null &&
        contract.largeFromMonth <= month &&
        Math.min(month, contract.endMonth) >= month - 11,
    ) ||
    (input.status === "top_rated_plus" && month <= 11)
  );
}

export function largeContractThreshold(category: string | null, rules: ProjectionRules): number | null {
  const table = rules.largeContractThresholdUsd;
  if (!table) return null;
  return (category !== null ? table.byCategory[category] : undefined) ?? table.default;
}
