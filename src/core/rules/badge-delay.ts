import type { Ruleset, StatusId } from "./ruleset-schema.js";

/**
 * About how many hours after the last requirement is met the badge shows, where the ruleset's
 * sources say (Upwork's facts only; other marketplaces publish no such delay).
 */
export function badgeDelayHours(ruleset: Ruleset, tier: StatusId): number | undefined {
  const delays = ruleset.marketplace?.badgeDelayHours;
  switch (tier) {
    case "rising_talent":
    case "top_rated":
    case "top_rated_plus":
      return delays?.[tier];
    default:
      return undefined;
  }
}
