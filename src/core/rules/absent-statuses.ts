import type { Ruleset, StatusId } from "./ruleset-schema.js";

/**
 * The statuses a marketplace's other rulesets define and this one does not (Upwork's 2016
 * ruleset has no Rising Talent), named as the ruleset that defines them names them.
 */
export function absentStatuses(
  ruleset: Ruleset,
  sameMarketplace: readonly Ruleset[],
): { id: StatusId; name: string }[] {
  const absent = new Map<StatusId, string>();
  for (const other of sameMarketplace) {
    if (other.marketplaceId !== ruleset.marketplaceId) continue;
    for (const [id, rules] of Object.entries(other.statuses)) {
      if (!ruleset.statuses[id] && !absent.has(id)) absent.set(id, rules.name);
    }
  }
  return [...absent].map(([id, name]) => ({ id, name }));
}
