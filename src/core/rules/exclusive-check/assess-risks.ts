import type { ClaimBasis } from "./claim-basis.js";
import type { StrategyComparison } from "./compare-strategies.js";
import { exclusivityScope, incomeConcentration, offPlatformPressure } from "./deal-risks.js";
import type { ExclusiveContractInput } from "./exclusive-contract-input.js";
import type { Projection } from "./project-exclusive-contract.js";
import type { ProjectionRules } from "./projection-rules.js";
import {
  inactivityAfterContract,
  jssNeedsSecondClient,
  topRatedLost,
  topRatedPlusSplit,
} from "./status-risks.js";

export const riskIds = [
  "income-concentration",
  "jss-needs-second-client",
  "top-rated-lost",
  "top-rated-plus-split",
  "inactivity-after-contract",
  "off-platform-pressure",
  "exclusivity-scope",
] as const;
export type RiskId = (typeof riskIds)[number];

export type Severity = "low" | "medium" | "high";

export interface Risk {
  id: RiskId;
  severity: Severity;
  /** One line with the deciding number, for the chat reply. */
  summary: string;
  /** The full explanation, for the data and for readers who want the reasoning. */
  detail: string;
  /** The numbers behind the severity, for --json readers and tests. */
  numbers: Record<string, number | string | boolean | null>;
  /** What the claim rests on: the weakest rule it uses, and whether gigdesk inferred it. */
  basis: ClaimBasis;
}

export interface RiskContext {
  input: ExclusiveContractInput;
  /** The projection for the split the member asked about. */
  projection: Projection;
  comparison: StrategyComparison;
  rules: ProjectionRules;
}

/**
 * Every risk, always in the same order, each with a severity (low when it does not apply). The
 * status risks (score, badges, visibility) and the deal risks (income, payment, the clause itself)
 * live in their own files.
 */
export function assessRisks(context: RiskContext): Risk[] {
  return [
    incomeConcentration(context),
    jssNeedsSecondClient(context),
    topRatedLost(context),
    topRatedPlusSplit(context),
    inactivityAfterContract(context),
    offPlatformPressure(context),
    exclusivityScope(context),
  ];
}
