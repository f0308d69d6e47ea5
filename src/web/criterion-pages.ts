import type { MarketplaceId } from "../core/rules/marketplace-id.js";
import { marketplaceIds } from "../core/rules/marketplace-id.js";
import { currentRuleset } from "../core/rules/ruleset-catalog.js";

export interface CriterionPlace {
  rulesetId: string;
  statusId: string;
  statusName: string;
  description: string;
}

/**
 * Where a criterion an entry cites is explained: the status page of the current ruleset that
 * holds it, looking at the community's marketplace first (criterion ids such as
 * "top_rated.jss_current" are unique within a ruleset, not across marketplaces).
 */
export function findCriterion(id: string, now: Date, preferred: MarketplaceId): CriterionPlace | null {
  const order = [preferred, ...marketplaceIds.filter((marketplace) => marketplace !== preferred)];
  for (const marketplace of order) {
    const ruleset = currentRuleset(now, marketplace);
    for (const [statusId, rules] of Object.entries(ruleset.statuses)) {
      const criterion = rules?.criteria.find((candidate) => candidate.id === id);
      if (criterion && rules) {
        return {
          rulesetId: ruleset.id,
          statusId,
          statusName: rules.name,
          description: criterion.description,
        };
      }
    }
  }
  return null;
}
