/**
 * The footers every rules reply ends with, in one place so /status, /eligibility and
 * /exclusive-check say the same thing: gigdesk is a community tool, not the marketplace.
 */

interface RulesetLabel {
  id: string;
  effectiveFrom: string;
}

export function rulesetFooter(ruleset: RulesetLabel): string {
  return `gigdesk is unofficial; Upwork's help centre is the authority. Ruleset ${ruleset.id}, effective ${ruleset.effectiveFrom}.`;
}

/** For replies that look ahead: the months shown are a projection from today's rules. */
export function projectionFooter(ruleset: RulesetLabel): string {
  return `${rulesetFooter(ruleset)} A projection, not a promise.`;
}
