import { rawRulesets } from "./rulesets/index.js";

/**
 * Choices for command options, read from the ruleset files without validating them, so that a
 * command's schema (and Discord's option choices) can be built when the module loads. A bad
 * ruleset is still caught by loadRulesets() at start-up.
 */

function nonEmpty(values: string[], what: string): [string, ...string[]] {
  const [first, ...rest] = values;
  if (first === undefined) throw new Error(`no ${what} in the ruleset files`);
  return [first, ...rest];
}

export const rulesetIdChoices = nonEmpty(
  rawRulesets.map((ruleset) => ruleset.id),
  "ruleset ids",
);

/**
 * Every category a ruleset names (large-contract amounts, Expert-Vetted's selected categories),
 * plus "other" for one that none of them lists.
 */
export const categoryChoices = nonEmpty(
  [
    ...new Set(
      rawRulesets.flatMap((ruleset) => [
        ...Object.keys(ruleset.marketplace.largeContractThresholdUsd?.byCategory ?? {}),
        ...Object.values(ruleset.statuses).flatMap((status) =>
          (status?.criteria ?? []).flatMap((criterion) =>
            criterion.measure === "category" && criterion.threshold.kind === "one_of"
              ? criterion.threshold.values
              : [],
          ),
        ),
      ]),
    ),
    "other",
  ],
  "categories",
);
