import { loadRulesets } from "./load-rulesets.js";
import type { Ruleset } from "./ruleset-schema.js";

let cached: readonly Ruleset[] | undefined;

/**
 * The validated rulesets, newest first. Validated on first use and kept; start-up calls
 * loadRulesets() first so that bad data stops the process before any command runs.
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

/** The newest ruleset that had taken effect on `now` (UTC date); the oldest one if none had. */
export function currentRuleset(now: Date): Ruleset {
  const today = now.toISOString().slice(0, 10);
  const catalog = rulesetCatalog();
  const current = catalog.find((ruleset) => ruleset.effectiveFrom <= today) ?? catalog[catalog.length - 1];
  if (!current)
    throw new Error("rulesetCatalog() returned no rulesets; loadRulesets() guarantees at least one");
  return current;
}
