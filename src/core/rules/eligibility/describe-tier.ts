import { badgeDelayHours } from "../badge-delay.js";
import { plural, statusName } from "../format-threshold.js";
import { joinWords } from "../join-words.js";
import { marketplaceNames } from "../marketplace-id.js";
import type { Criterion, Ruleset } from "../ruleset-schema.js";
import { describeGap } from "./describe-gap.js";
import type { EligibilityInput } from "./eligibility-input.js";
import { optionsFor, statingOption } from "./eligibility-options.js";
import type { TierVerdict, UnknownCriterion } from "./tier-verdict.js";

/** What every tier's wording reads: the ruleset, its criteria by id, and what the member said. */
export interface TierWordingContext {
  ruleset: Ruleset;
  criteria: ReadonlyMap<string, Criterion>;
  input: EligibilityInput;
}

/** One status's verdict in words, naming every unmet, unknown and assumed criterion. */
export function describeTier(verdict: TierVerdict, context: TierWordingContext): string {
  const { ruleset, input } = context;
  const name = `**${statusName(ruleset, verdict.tier)}**`;
  const delay = badgeDelayHours(ruleset, verdict.tier);
  const delayLine =
    typeof delay === "number"
      ? ` The badge usually appears within about ${delay} hours of meeting every requirement.`
      : "";
  const held =
    input.currentLevel === verdict.tier ? " You said you hold it: these are the bars for keeping it." : "";
  switch (verdict.status) {
    case "not_computable":
      return `${name}: gigdesk cannot compute this from your figures. ${ruleset.statuses[verdict.tier]?.notComputable?.explanation ?? ""} \`/status marketplace:${ruleset.marketplaceId} tier:${verdict.tier}\` shows what is published, with sources.`;
    case "invitation_only":
      return `${name}: by invitation only; no numbers can earn it.${describeInvitationExtras(verdict, context)}`;
    case "eligible":
      return verdict.assumed.length === 0
        ? `${name}: eligible.${delayLine}${held}`
        : `${name}: eligible if ${describeAssumptions(verdict, context)}.${statingLine(verdict, context)}${delayLine}${held}`;
    case "qualifies_for_review":
      return `${name}: ${describeReview(verdict, context)}${held}`;
    case "unknown":
    case "not_eligible": {
      const lines: string[] = [];
      for (const entry of verdict.unmet) {
        lines.push(
          `- ${describeGap(entry, context.criteria.get(entry.criterion), ruleset, input)} (\`${entry.criterion}\`)`,
        );
      }
      for (const entry of verdict.unknown) lines.push(`- ${describeUnknown(entry, context)}`);
      const rest = `everything else is met${verdict.assumed.length > 0 ? " or assumed" : ""}`;
      const unpublished = verdict.unknown.filter((entry) => entry.unpublished).length;
      const headline =
        verdict.status === "not_eligible"
          ? `${name}: not yet. Missing:`
          : unpublished === verdict.unknown.length
            ? `${name}: cannot tell: ${marketplaceNames[ruleset.marketplaceId]} does not publish ${unpublished === 1 ? "one of its bars" : `${unpublished} of its bars`}; ${rest}.`
            : `${name}: cannot tell yet; ${rest}.`;
      const assumed =
        verdict.assumed.length > 0 ? `\nThis also assumes ${describeAssumptions(verdict, context)}.` : "";
      return `${headline}\n${lines.join("\n")}\n${describeEta(verdict, context)}${assumed}${review(verdict, context)}${held}`;
    }
  }
}

/**
 * "you can be reviewed for it": the marketplace's people decide, so meeting every published
 * minimum never reads as holding the status.
 */
function describeReview(verdict: TierVerdict, context: TierWordingContext): string {
  const { ruleset } = context;
  const status = statusName(ruleset, verdict.tier);
  const conditions = verdict.assumed.length > 0 ? ` if ${describeAssumptions(verdict, context)}` : "";
  const stating = verdict.assumed.length > 0 ? statingLine(verdict, context) : "";
  return `you can be reviewed for it${conditions}, which is not the same as holding it: your figures meet every threshold ${marketplaceNames[ruleset.marketplaceId]} publishes, and ${status} is granted only after a review.${stating}${retryLine(verdict, context)}`;
}

/** For a status still short of its minimums: the review that follows once they are met. */
function review(verdict: TierVerdict, context: TierWordingContext): string {
  if (!verdict.review) return "";
  return `\nOnce they are met, ${statusName(context.ruleset, verdict.tier)} still needs a review: meeting the thresholds is not enough on its own.${retryLine(verdict, context)}`;
}

function retryLine(verdict: TierVerdict, context: TierWordingContext): string {
  const pending = verdict.review;
  if (!pending) return "";
  const how = context.criteria.get(pending.criterion)?.description;
  const retry =
    pending.retry_after_months === null
      ? ""
      : ` If a review turns you down, you can be reviewed again after ${plural(pending.retry_after_months, "month")}, as long as your figures still qualify.`;
  return `${how ? ` ${how}` : ""}${retry}`;
}

function conditionOf(criterion: Criterion | undefined, id: string): string {
  return criterion?.condition ?? criterion?.description ?? id;
}

/**
 * "your profile is 100% complete and your account has had no recent hold"; assumptions a
 * status inherits from another (Top Rated Plus from Top Rated) are named by that status.
 */
export function describeAssumptions(verdict: TierVerdict, context: TierWordingContext): string {
  const own = verdict.assumed.filter((id) => id.startsWith(`${verdict.tier}.`));
  const inheritedTiers = [
    ...new Set(
      verdict.assumed.filter((id) => !id.startsWith(`${verdict.tier}.`)).map((id) => id.split(".")[0] ?? id),
    ),
  ];
  const parts = [
    ...inheritedTiers.map((tier) => `what ${statusName(context.ruleset, tier)} assumes above holds`),
    ...own.map((id) => conditionOf(context.criteria.get(id), id)),
  ];
  return joinWords(parts);
}

function statingLine(verdict: TierVerdict, context: TierWordingContext): string {
  const own = verdict.assumed.filter((id) => id.startsWith(`${verdict.tier}.`));
  const options = own.flatMap((id) => {
    const criterion = context.criteria.get(id);
    const stating = criterion ? statingOption(criterion) : null;
    return stating ? [`\`${stating}\``] : [];
  });
  return options.length > 0 ? ` Add ${joinWords([...new Set(options)])} to make it firm.` : "";
}

function describeInvitationExtras(verdict: TierVerdict, context: TierWordingContext): string {
  const notes = [
    ...verdict.unmet.map(
      (entry) =>
        ` Also needed: ${describeGap(entry, context.criteria.get(entry.criterion), context.ruleset, context.input)}.`,
    ),
    ...verdict.unknown.map((entry) => ` ${describeUnknown(entry, context)}`),
  ];
  return notes.join("");
}

function describeEta(verdict: TierVerdict, context: TierWordingContext): string {
  if (verdict.status === "unknown") {
    return verdict.unknown.every((entry) => entry.unpublished)
      ? `Only ${marketplaceNames[context.ruleset.marketplaceId]} knows whether your figures meet the bars it does not publish.`
      : "Add the option(s) above for a verdict.";
  }
  if (verdict.eta_weeks === null) {
    const stuck = verdict.unmet.some((entry) => entry.wait_weeks === null);
    return verdict.unknown.length > 0 && !stuck
      ? "Add the option(s) above to know whether waiting is enough."
      : "Waiting alone will not get you there.";
  }
  const when = `Earliest: in ${plural(verdict.eta_weeks, "week")}, if everything else stays as it is`;
  return verdict.eta_is_best_case
    ? `${when}. This is a best case: \`weeks\` gives the count but not which weeks were bad; give \`history\` for an exact answer.`
    : `${when}.`;
}

function describeUnknown(entry: UnknownCriterion, context: TierWordingContext): string {
  const criterion = context.criteria.get(entry.criterion);
  const what = criterion?.description ?? entry.criterion;
  if (entry.unpublished) {
    return `\`${entry.criterion}\`: ${what} gigdesk cannot check it and does not guess one.`;
  }
  const options = entry.missing
    .map((missing) =>
      missing === "eligible_weeks" ? "`history:` (or `weeks:`)" : `\`${optionsFor(missing)[0]}:\``,
    )
    .join(" and ");
  const extra = entry.note ? ` (${entry.note})` : "";
  return options.length > 0
    ? `\`${entry.criterion}\` is unknown: add ${options} to check it. ${what}${extra}`
    : `\`${entry.criterion}\` is unknown${extra}.`;
}
