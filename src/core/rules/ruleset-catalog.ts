import { loadRulesets } from "./load-rulesets.js";
import type { MarketplaceId } from "./marketplace-id.js";
import { isUpworkRuleset, type Ruleset, type UpworkRuleset } from "./ruleset-schema.js";

let cached: readonly Ruleset[] | undefined;

/**
 * The validated rulesets, by marketplace and newest first. Validated on first use and kept;
 * start-up calls loadRulesets() first so that bad data stops the process before any command runs.
 */
export function rulesetCatalog(): readonly Ruleset[] {
  cached ??= loadRulesets();
  return cached;
}

export function listRulesetIds(): string[] {
  return rulesetCatalog().map((ruleset) => ruleset.id);
}

export function findRuleset(id: string): Ruleset | undefined {
  return rulesetCatalog().find((ruleset) => ruleset.id === id);
}

/** One marketplace's rulesets, newest first. */
export function rulesetsOf(marketplace: MarketplaceId): Ruleset[] {
  return rulesetCatalog().filter((ruleset) => ruleset.marketplaceId === marketplace);
}

/**
 * The newest ruleset of a marketplace that had taken effect on `now` (UTC date); the oldest one
 * if none had. An undated ruleset is its marketplace's only one (loadRulesets checks), so it is
 * the current one.
 */
export function currentRuleset(now: Date, marketplace: MarketplaceId = "upwork"): Ruleset {
  const today = now.toISOString().slice(0, 10);
  const own = rulesetsOf(marketplace);
  const current =
    own.find((ruleset) => ruleset.effectiveFrom === null || ruleset.effectiveFrom <= today) ??
    own[own.length - 1];
  if (!current)
    throw new Error(`no ruleset for ${marketplace}; commands offer only marketplaces that have one`);
  return current;
}

/** An Upwork ruleset by id, for the calculators that model Upwork only (the exclusive check). */
export function findUpworkRuleset(id: string): UpworkRuleset | undefined {
  const found = findRuleset(id);
  return found && isUpworkRuleset(found) ? found : undefined;
}

export function currentUpworkRuleset(now: Date): UpworkRuleset {
  const current = currentRuleset(now, "upwork");
  if (!isUpworkRuleset(current)) throw new Error("the rulesets schema requires Upwork's facts and date");
  return current;
}
