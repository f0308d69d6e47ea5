import { rulesetCatalog } from "../rules/ruleset-catalog.js";
import { criterionChangeDates } from "./entry-freshness.js";

let cached: { day: string; dates: ReadonlyMap<string, string> } | undefined;

/**
 * criterionChangeDates() of the shipped rulesets as in force on `day` (YYYY-MM-DD), kept for the
 * day: the rulesets are fixed data, so this is computed once per day, not per answer.
 */
export function ruleChangeDates(day: string): ReadonlyMap<string, string> {
  if (cached?.day !== day) cached = { day, dates: criterionChangeDates(rulesetCatalog(), day) };
  return cached.dates;
}
