import { type Advice, advise } from "./advise.js";
import { assessRisks, type Risk } from "./assess-risks.js";
import { compareStrategies, type StrategyComparison } from "./compare-strategies.js";
import type { ExclusiveContractInput } from "./exclusive-contract-input.js";
import type { Projection } from "./project-exclusive-contract.js";
import type { ProjectionRules } from "./projection-rules.js";

export interface ExclusiveCheck {
  input: ExclusiveContractInput;
  rules: ProjectionRules;
  /** The projection for the split asked about. */
  projection: Projection;
  comparison: StrategyComparison;
  risks: Risk[];
  advice: Advice[];
}

/** The whole answer to "what does this exclusive contract do to me", as data. Pure. */
export function checkExclusiveContract(
  input: ExclusiveContractInput,
  rules: ProjectionRules,
  now: Date,
): ExclusiveCheck {
  const comparison = compareStrategies(input, rules, now);
  const projection = comparison.projections[input.split];
  const context = { input, projection, comparison, rules };
  const risks = assessRisks(context);
  return { input, rules, projection, comparison, risks, advice: advise(context, risks) };
}
