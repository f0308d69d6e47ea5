import { z } from "zod";
import { defineCommand } from "../src/command-kit/command.js";
import { message, problem } from "../src/core/reply.js";
import { absentStatuses } from "../src/core/rules/absent-statuses.js";
import { badgeDelayHours } from "../src/core/rules/badge-delay.js";
import { evidenceGrades } from "../src/core/rules/evidence-schema.js";
import { formatThreshold, gradeWords } from "../src/core/rules/format-threshold.js";
import { marketplaceNames } from "../src/core/rules/marketplace-id.js";
import { rulesetIdChoices, statusIdChoices } from "../src/core/rules/ruleset-choices.js";
import { rulesetFooter } from "../src/core/rules/ruleset-footer.js";
import type { Ruleset, Source, StatusId, StatusRules } from "../src/core/rules/ruleset-schema.js";
import { chooseRuleset, marketplaceOption } from "./marketplace-option.js";

export const statusCommand = defineCommand({
  name: "status",
  description:
    "Explain a marketplace's statuses and levels (Top Rated, Level 2, ...) and their rules with sources",
  options: z.object({
    marketplace: marketplaceOption,
    tier: z
      .enum(statusIdChoices)
      .optional()
      .describe("One status to explain in full; leave out for an overview"),
    ruleset: z
      .enum(rulesetIdChoices)
      .optional()
      .describe("Ruleset to show; default: the marketplace's current one"),
  }),
  permission: "everyone",
  examples: [
    "status",
    "status tier:top_rated",
    "status tier:top_rated ruleset:2016-top-rated",
    "status marketplace:fiverr tier:top_rated",
    "status marketplace:toptal",
  ],
  async run(input, ctx) {
    const chosen = await chooseRuleset(input, ctx);
    if (!chosen.ok) return chosen.reply;
    const { ruleset, sameMarketplace } = chosen;
    return input.tier
      ? describeStatus(ruleset, input.tier, sameMarketplace)
      : describeOverview(ruleset, sameMarketplace);
  },
});

const howAwarded: Record<StatusRules["awarded"], string> = {
  automatic: "automatic",
  invitation: "by invitation",
  review: "after a review",
  application: "on application",
  screening: "after a screening",
  ranking: "by a ranking",
  unpublished: "not published",
};

export function describeOverview(ruleset: Ruleset, sameMarketplace: readonly Ruleset[]) {
  const statuses = Object.entries(ruleset.statuses);
  const lines = statuses.map(([tier, rules]) => {
    const what = rules.notComputable
      ? "gigdesk explains it but cannot compute it"
      : `${rules.criteria.length} ${rules.criteria.length === 1 ? "criterion" : "criteria"}`;
    return `- **${rules.name}** (\`${tier}\`, ${howAwarded[rules.awarded]}, ${what}): ${rules.summary}`;
  });
  const absent = absentStatuses(ruleset, sameMarketplace);
  const why = ruleset.absentStatusesNote ? ` (${ruleset.absentStatusesNote})` : "";
  const absentLine =
    absent.length > 0
      ? `\n\nNot in this ruleset${why}: ${absent.map((status) => status.name).join(", ")}.`
      : "";
  const marketplaceOption = ruleset.marketplaceId === "upwork" ? "" : `marketplace:${ruleset.marketplaceId}`;
  const scope = marketplaceOption === "" ? "" : `${marketplaceOption} `;
  const computable = statuses.some(([, rules]) => !rules.notComputable);
  const next = computable
    ? `Type \`/status ${scope}tier:<status>\` for every criterion with its sources, or \`/eligibility${marketplaceOption === "" ? "" : ` ${marketplaceOption}`}\` to check your own numbers.`
    : `Type \`/status ${scope}tier:<status>\` for what ${marketplaceNames[ruleset.marketplaceId]} publishes, with sources.`;
  return message({
    title: `${marketplaceNames[ruleset.marketplaceId]} statuses (ruleset ${ruleset.id})`,
    body: `${ruleset.title}. ${ruleset.effectiveNote}\n\n${lines.join("\n")}${absentLine}\n\n${next}`,
    footer: rulesetFooter(ruleset),
    visibility: "public",
    data: {
      marketplace: ruleset.marketplaceId,
      ruleset: ruleset.id,
      effective_from: ruleset.effectiveFrom,
      statuses: statuses.map(([tier, rules]) => ({
        tier,
        name: rules.name,
        awarded: rules.awarded,
        computable: !rules.notComputable,
        criteria: rules.criteria.map((criterion) => criterion.id),
        badge_delay_hours: badgeDelayHours(ruleset, tier) ?? null,
      })),
      not_in_ruleset: absent.map((status) => status.id),
    },
  });
}

export function describeStatus(ruleset: Ruleset, tier: StatusId, sameMarketplace: readonly Ruleset[]) {
  const rules = ruleset.statuses[tier];
  if (!rules) return noSuchStatus(ruleset, tier, sameMarketplace);
  const linked = new Set<string>();
  const ownSources = [
    ...rules.criteria.flatMap((criterion) => criterion.sources),
    ...(rules.notComputable?.published.flatMap((fact) => fact.sources) ?? []),
  ];
  const body = [
    rules.summary,
    ...(rules.notComputable
      ? notComputableSections(rules, linked)
      : criteriaSections(ruleset, tier, rules, linked)),
    `**Losing and regaining it**: ${rules.lossAndRegain.text} (${citeSources(rules.lossAndRegain.sources, linked)})`,
    `Grades: ${gradesUsed(ownSources, ruleset)}. ${ruleset.effectiveFrom === null ? "Ruleset undated." : `Ruleset dated ${ruleset.effectiveFrom}.`}`,
  ].join("\n\n");
  const delay = badgeDelayHours(ruleset, tier);
  return message({
    title: `${rules.name} (ruleset ${ruleset.id})`,
    body,
    footer: rulesetFooter(ruleset),
    sources: [...new Set([...ownSources, ...rules.lossAndRegain.sources].map((source) => source.url))],
    visibility: "public",
    data: {
      marketplace: ruleset.marketplaceId,
      ruleset: ruleset.id,
      effective_from: ruleset.effectiveFrom,
      tier,
      name: rules.name,
      awarded: rules.awarded,
      badge_delay_hours: delay ?? null,
      criteria: rules.criteria.map((criterion) => ({
        id: criterion.id,
        threshold: criterion.threshold,
        threshold_text: formatThreshold(criterion.threshold, ruleset),
        description: criterion.description,
        in_practice: criterion.inPractice,
        sources: criterion.sources.map((source) => source.url),
        /** Each source with the grade and date the research notes give it; the first is the one followed. */
        cited: criterion.sources,
        source_date: criterion.sourceDate,
        grade: criterion.grade,
        disagreement: criterion.disagreement ?? null,
      })),
      not_computable: rules.notComputable
        ? {
            reason: rules.notComputable.reason,
            explanation: rules.notComputable.explanation,
            published: rules.notComputable.published.map((fact) => ({
              id: fact.id,
              text: fact.text,
              cited: fact.sources,
              grade: fact.grade,
              source_date: fact.sourceDate,
            })),
          }
        : null,
      loss_and_regain: {
        ...rules.lossAndRegain,
        sources: rules.lossAndRegain.sources.map((source) => source.url),
        cited: rules.lossAndRegain.sources,
      },
    },
  });
}

function criteriaSections(
  ruleset: Ruleset,
  tier: StatusId,
  rules: StatusRules,
  linked: Set<string>,
): string[] {
  const criteria = rules.criteria.map((criterion) => {
    const disagreement = criterion.disagreement ? ` **Sources disagree:** ${criterion.disagreement}` : "";
    return `- **${criterion.id}**: ${formatThreshold(criterion.threshold, ruleset)}. ${criterion.inPractice} Source: ${citeSources(criterion.sources, linked)}${disagreement}`;
  });
  const delay = badgeDelayHours(ruleset, tier);
  const marketplace = marketplaceNames[ruleset.marketplaceId];
  const awardLine =
    rules.awarded === "invitation"
      ? "Awarded by invitation after a screening, not automatically."
      : rules.awarded === "review"
        ? `Granted by ${marketplace}'s reviewers, not automatically: meeting every threshold above makes you a candidate for the review.`
        : delay !== undefined
          ? `Awarded automatically; the badge usually appears within about ${delay} hours of meeting every requirement.`
          : "Awarded automatically; this ruleset's sources give no delay before the badge appears.";
  return [`**Criteria**\n${criteria.join("\n")}`, `**Badge**: ${awardLine}`];
}

/** A status no figure decides: why, then each published fact with the grade and date of its source. */
function notComputableSections(rules: StatusRules, linked: Set<string>): string[] {
  const reason = rules.notComputable;
  if (!reason) return [];
  const facts = reason.published.map(
    (fact) => `- **${fact.id}**: ${fact.text} Source: ${citeSources(fact.sources, linked)}`,
  );
  return [
    `**Why gigdesk cannot compute it**: ${reason.explanation}`,
    `**What is published**\n${facts.join("\n")}`,
  ];
}

function noSuchStatus(ruleset: Ruleset, tier: StatusId, sameMarketplace: readonly Ruleset[]) {
  const covered = Object.keys(ruleset.statuses)
    .map((candidate) => `\`${candidate}\``)
    .join(", ");
  const elsewhere = absentStatuses(ruleset, sameMarketplace).find((status) => status.id === tier);
  const why = ruleset.absentStatusesNote ? ` (${ruleset.absentStatusesNote})` : "";
  const body = elsewhere
    ? `Ruleset \`${ruleset.id}\` has no ${elsewhere.name}${why}. It covers: ${covered}.`
    : `${marketplaceNames[ruleset.marketplaceId]} has no status \`${tier}\` in ruleset \`${ruleset.id}\`. It covers: ${covered}.`;
  return problem("not-found", body, { marketplace: ruleset.marketplaceId, ruleset: ruleset.id, tier });
}

/**
 * The source a rule follows, labelled with its own grade and date, then the others by grade and
 * date: "[primary, ~2017–19](…) +2 more (staff ~2022, staff ~2024)". A source is linked the first
 * time it appears on the page (all of them are in the reply's sources), which keeps the page
 * inside Discord's 4,096 characters.
 */
function citeSources(sources: readonly Source[], linked: Set<string>): string {
  const [first, ...others] = sources;
  if (!first) return "none";
  const more =
    others.length > 0
      ? ` +${others.length} more (${others.map((source) => `${source.grade} ${source.date}`).join(", ")})`
      : "";
  const label = `${first.grade}, ${first.date}`;
  const cited = linked.has(first.url) ? `${label}, linked above` : `[${label}](${first.url})`;
  linked.add(first.url);
  return `${cited}${more}`;
}

function gradesUsed(sources: readonly Source[], ruleset: Ruleset): string {
  const used = new Set(sources.map((source) => source.grade));
  const words = gradeWords(ruleset);
  return evidenceGrades
    .filter((grade) => used.has(grade))
    .map((grade) => words[grade])
    .join("; ");
}
