import { type MarketplaceId, marketplaceNames } from "./marketplace-id.js";

/**
 * The footers every rules reply ends with, in one place so /status, /eligibility and
 * /exclusive-check say the same thing: gigdesk is a community tool, not the marketplace.
 */

interface RulesetLabel {
  id: string;
  marketplaceId: MarketplaceId;
  /** null: no source dates the rules. */
  effectiveFrom: string | null;
}

export function rulesetFooter(ruleset: RulesetLabel): string {
  const effective = ruleset.effectiveFrom === null ? "undated" : `effective ${ruleset.effectiveFrom}`;
  return `gigdesk is unofficial; ${marketplaceNames[ruleset.marketplaceId]}'s help centre is the authority. Ruleset ${ruleset.id}, ${effective}.`;
}

/** For replies that look ahead: the months shown are a projection from today's rules. */
export function projectionFooter(ruleset: RulesetLabel): string {
  return `${rulesetFooter(ruleset)} A projection, not a promise.`;
}
