import { passes } from "../comparison.js";
import type { Criterion, Ruleset } from "../ruleset-schema.js";
import { missingOutcome } from "./assess-criterion.js";
import type { EligibilityInput } from "./eligibility-input.js";
import { type Outcome, unmet } from "./tier-verdict.js";

/** Top Rated Plus's large contract: one contract above its category's amount. */
export function assessLargeContract(
  criterion: Criterion,
  input: EligibilityInput,
  ruleset: Ruleset,
): Outcome {
  const threshold = criterion.threshold;
  const table = ruleset.marketplace?.largeContractThresholdUsd;
  const have = input.largestContractUsd;
  if (threshold.kind !== "category_usd" || !table) return missingOutcome(criterion, 0);
  if (have === undefined) return missingOutcome(criterion, table.default);
  const fields = { have, comparison: threshold.comparison, unit: threshold.unit } as const;
  if (input.category !== undefined) {
    const listed = table.byCategory[input.category];
    const need = listed ?? table.default;
    if (passes(have, threshold.comparison, need)) return { kind: "met" };
    const note =
      listed === undefined
        ? `no amount listed for ${input.category}; the default applies`
        : `for ${input.category}`;
    return unmet(criterion.id, { ...fields, need, note });
  }
  // Without a category the verdict is still certain when the amount clears every category's bar
  // or none of them; only in between do we need to ask.
  const amounts = [table.default, ...Object.values(table.byCategory)];
  const highest = Math.max(...amounts);
  const lowest = Math.min(...amounts);
  if (passes(have, threshold.comparison, highest)) return { kind: "met" };
  if (!passes(have, threshold.comparison, lowest)) {
    return unmet(criterion.id, { ...fields, need: lowest, note: "below the lowest category amount" });
  }
  return { kind: "unknown", entry: { criterion: criterion.id, missing: ["category"] } };
}
