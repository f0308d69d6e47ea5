import { type MarketplaceId, marketplaceIds } from "./marketplace-id.js";
import { rawRulesets } from "./rulesets/index.js";

/**
 * Choices for command options, read from the ruleset files without validating them, so that a
 * command's schema (and Discord's option choices) can be built when the module loads. A bad
 * ruleset is still caught by loadRulesets() at start-up.
 */

function nonEmpty<TValue extends string>(values: TValue[], what: string): [TValue, ...TValue[]] {
  const [first, ...rest] = values;
  if (first === undefined) throw new Error(`no ${what} in the ruleset files`);
  return [first, ...rest];
}

export const rulesetIdChoices = nonEmpty(
  rawRulesets.map((ruleset) => ruleset.id),
  "ruleset ids",
);

/** Upwork's rulesets, for the commands that model Upwork only (the exclusive check). */
export const upworkRulesetIdChoices = nonEmpty(
  rawRulesets.filter((ruleset) => ruleset.marketplaceId === "upwork").map((ruleset) => ruleset.id),
  "Upwork ruleset ids",
);

/** The marketplaces that have a ruleset, in a fixed order (Upwork first, the default). */
export const marketplaceChoices = nonEmpty<MarketplaceId>(
  marketplaceIds.filter((id) => rawRulesets.some((ruleset) => ruleset.marketplaceId === id)),
  "marketplaces",
);

const rawStatuses = rawRulesets.flatMap((ruleset) => Object.entries(ruleset.statuses));

/** Every status id any ruleset defines, once, in the order the rulesets list them. */
export const statusIdChoices = nonEmpty([...new Set(rawStatuses.map(([id]) => id))], "status ids");

/** The statuses a member can say she holds: those decided by figures gigdesk can check. */
export const levelChoices = nonEmpty(
  [...new Set(rawStatuses.filter(([, rules]) => !rules.notComputable).map(([id]) => id))],
  "levels",
);

/**
 * Every category a ruleset names (large-contract amounts, Expert-Vetted's selected categories),
 * plus "other" for one that none of them lists.
 */
export const categoryChoices = nonEmpty(
  [
    ...new Set(
      rawRulesets.flatMap((ruleset) => [
        ...Object.keys(ruleset.marketplace?.largeContractThresholdUsd?.byCategory ?? {}),
        ...Object.values(ruleset.statuses).flatMap((status) =>
          status.criteria.flatMap((criterion) =>
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
