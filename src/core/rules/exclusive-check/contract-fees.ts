/**
 * Fees the ruleset schema does not hold (the client's side, and the per-contract fee), derived
 * from a ruleset's effective date for the comparison of splits.
 */

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
