import { z } from "zod";
import { defineCommand } from "../src/command-kit/command.js";
import { message, problem } from "../src/core/reply.js";
import { evidenceGrades } from "../src/core/rules/evidence-schema.js";
import { formatThreshold, gradeWords, statusNames } from "../src/core/rules/format-threshold.js";
import { currentRuleset, findRuleset } from "../src/core/rules/ruleset-catalog.js";
import { rulesetIdChoices } from "../src/core/rules/ruleset-choices.js";
import { rulesetFooter } from "../src/core/rules/ruleset-footer.js";
import type { Ruleset, Source, StatusId } from "../src/core/rules/ruleset-schema.js";
import { statusIdSchema, statusIds } from "../src/core/rules/ruleset-schema.js";

function badgeDelay(ruleset: Ruleset, tier: StatusId): number | undefined {
  if (tier === "expert_vetted") return undefined;
  return ruleset.marketplace.badgeDelayHours[tier];
}

export const statusCommand = defineCommand({
  name: "status",
  description: "Explain the profile statuses (Top Rated, Rising Talent, ...) and their rules with sources",
  options: z.object({
    tier: statusIdSchema.optional().describe("One status to explain in full; leave out for an overview"),
    ruleset: z.enum(rulesetIdChoices).optional().describe("Ruleset to show; default: the current one"),
  }),
  permission: "everyone",
  examples: ["status", "status tier:top_rated", "status tier:top_rated ruleset:2016-top-rated"],
  run(input, ctx) {
    const ruleset = input.ruleset ? findRuleset(input.ruleset) : currentRuleset(ctx.now);
    if (!ruleset) {
      return problem("not-found", `There is no ruleset \`${input.ruleset}\`.`, {
        ruleset: input.ruleset ?? null,
      });
    }
    return input.tier ? describeStatus(ruleset, input.tier) : describeOverview(ruleset);
  },
});

function describeOverview(ruleset: Ruleset) {
  const defined = statusIds.filter((tier) => ruleset.statuses[tier]);
  const lines = defined.map((tier) => {
    const rules = ruleset.statuses[tier];
    if (!rules) return "";
    const how = rules.awarded === "invitation" ? "by invitation" : "automatic";
    return `- **${rules.name}** (\`${tier}\`, ${how}, ${rules.criteria.length} ${rules.criteria.length === 1 ? "criterion" : "criteria"}): ${rules.summary}`;
  });
  const absent = statusIds.filter((tier) => !ruleset.statuses[tier]);
  const absentLine =
    absent.length > 0
      ? `\n\nNot in this ruleset (they did not exist yet): ${absent.map((tier) => statusNames[tier]).join(", ")}.`
      : "";
  return message({
    title: `Profile statuses (ruleset ${ruleset.id})`,
    body: `${ruleset.title}. ${ruleset.effectiveNote}\n\n${lines.join("\n")}${absentLine}\n\nType \`/status tier:<status>\` for every criterion with its sources, or \`/eligibility\` to check your own numbers.`,
    footer: rulesetFooter(ruleset),
    visibility: "public",
    data: {
      ruleset: ruleset.id,
      effective_from: ruleset.effectiveFrom,
      statuses: defined.map((tier) => ({
        tier,
        name: ruleset.statuses[tier]?.name,
        awarded: ruleset.statuses[tier]?.awarded,
        criteria: ruleset.statuses[tier]?.criteria.map((criterion) => criterion.id) ?? [],
        badge_delay_hours: badgeDelay(ruleset, tier) ?? null,
      })),
      not_in_ruleset: absent,
    },
  });
}

function describeStatus(ruleset: Ruleset, tier: StatusId) {
  const rules = ruleset.statuses[tier];
  if (!rules) {
    const defined = statusIds.filter((candidate) => ruleset.statuses[candidate]);
    return problem(
      "not-found",
      `Ruleset \`${ruleset.id}\` has no ${statusNames[tier]} (it did not exist then). It covers: ${defined
        .map((candidate) => `\`${candidate}\``)
        .join(", ")}.`,
      { ruleset: ruleset.id, tier },
    );
  }
  const linked = new Set<string>();
  const criteria = rules.criteria.map((criterion) => {
    const disagreement = criterion.disagreement ? ` **Sources disagree:** ${criterion.disagreement}` : "";
    return `- **${criterion.id}**: ${formatThreshold(criterion.threshold, ruleset.marketplace)}. ${criterion.inPractice} Source: ${citeSources(criterion.sources, linked)}${disagreement}`;
  });
  const delay = badgeDelay(ruleset, tier);
  const delayLine =
    rules.awarded === "invitation"
      ? "Awarded by invitation after a screening, not automatically."
      : delay !== undefined
        ? `Awarded automatically; the badge usually appears within about ${delay} hours of meeting every requirement.`
        : "Awarded automatically; this ruleset's sources give no delay before the badge appears.";
  const body = [
    rules.summary,
    `**Criteria**\n${criteria.join("\n")}`,
    `**Badge**: ${delayLine}`,
    `**Losing and regaining it**: ${rules.lossAndRegain.text} (${citeSources(rules.lossAndRegain.sources, linked)})`,
    `Grades: ${gradesUsed(rules.criteria.flatMap((criterion) => criterion.sources))}. Ruleset dated ${ruleset.effectiveFrom}.`,
  ].join("\n\n");
  return message({
    title: `${rules.name} (ruleset ${ruleset.id})`,
    body,
    footer: rulesetFooter(ruleset),
    sources: [
      ...new Set(
        [...rules.criteria.flatMap((criterion) => criterion.sources), ...rules.lossAndRegain.sources].map(
          (source) => source.url,
        ),
      ),
    ],
    visibility: "public",
    data: {
      ruleset: ruleset.id,
      effective_from: ruleset.effectiveFrom,
      tier,
      name: rules.name,
      awarded: rules.awarded,
      badge_delay_hours: delay ?? null,
      criteria: rules.criteria.map((criterion) => ({
        id: criterion.id,
        threshold: criterion.threshold,
        threshold_text: formatThreshold(criterion.threshold, ruleset.marketplace),
        description: criterion.description,
        in_practice: criterion.inPractice,
        sources: criterion.sources.map((source) => source.url),
        /** Each source with the grade and date the research notes give it; the first is the one followed. */
        cited: criterion.sources,
        source_date: criterion.sourceDate,
        grade: criterion.grade,
        disagreement: criterion.disagreement ?? null,
      })),
      loss_and_regain: {
        ...rules.lossAndRegain,
        sources: rules.lossAndRegain.sources.map((source) => source.url),
        cited: rules.lossAndRegain.sources,
      },
    },
  });
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

function gradesUsed(sources: readonly Source[]): string {
  const used = new Set(sources.map((source) => source.grade));
  return evidenceGrades
    .filter((grade) => used.has(grade))
    .map((grade) => gradeWords[grade])
    .join("; ");
}
