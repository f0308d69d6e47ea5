import { z } from "zod";
import { defineCommand } from "../src/command-kit/command.js";
import { message, problem } from "../src/command-kit/reply.js";
import {
  assessEligibility,
  type EligibilityInput,
  type MissingInput,
  type TierVerdict,
  type UnknownCriterion,
  type UnmetCriterion,
} from "../src/core/rules/eligibility.js";
import { formatAmount, plural, statusNames } from "../src/core/rules/format-threshold.js";
import { formatUsd } from "../src/core/rules/format-usd.js";
import { currentRuleset, findRuleset } from "../src/core/rules/ruleset-catalog.js";
import { categoryChoices, rulesetIdChoices } from "../src/core/rules/ruleset-choices.js";
import { rulesetFooter } from "../src/core/rules/ruleset-footer.js";
import type { Criterion, Ruleset } from "../src/core/rules/ruleset-schema.js";
import { statusIds } from "../src/core/rules/ruleset-schema.js";

const historyRule =
  "16 characters of 1 and 0, oldest week first (1 = JSS of 90 or more that week), e.g. 0000111111111111";

export const eligibilityOptions = z.object({
  jss: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe("Your current Job Success Score in percent; leave out if you have no score"),
  weeks: z
    .number()
    .int()
    .min(0)
    .max(16)
    .optional()
    .describe("How many of the last 16 weeks had a JSS of 90 or more"),
  history: z
    .string()
    .regex(/^[01]{16}$/, historyRule)
    .optional()
    .describe("Last 16 weeks as 1 (JSS 90+) or 0, oldest first, e.g. 0000111111111111; exact, unlike weeks"),
  earnings: z.number().min(0).optional().describe("USD you earned in the last 12 months"),
  first_contract_days: z
    .number()
    .int()
    .min(0)
    .max(36_500)
    .optional()
    .describe("Days since your first contract started"),
  profile: z.number().min(0).max(100).default(100).describe("Profile completeness in percent"),
  hold: z.boolean().default(false).describe("Whether you had a recent account hold"),
  active_days: z
    .number()
    .int()
    .min(0)
    .max(36_500)
    .default(0)
    .describe("Days since your last proposal, accepted invitation or earning"),
  available: z.boolean().default(true).describe("Whether your availability is up to date"),
  largest_contract: z
    .number()
    .min(0)

    .optional()
    .describe("USD earned on your largest single contract that paid in the last 12 months"),
  category: z
    .enum(categoryChoices)
    .optional()
    .describe("Your marketplace category (sets the large-contract amount)"),
  agency: z.boolean().default(false).describe("Check as an agency (higher earnings bars)"),
  rating: z.number().min(1).max(5).optional().describe("Your average client rating in stars"),
  ruleset: z.enum(rulesetIdChoices).optional().describe("Ruleset to check against; default: the current one"),
});

type EligibilityOptions = z.infer<typeof eligibilityOptions>;

/** The option a member adds to settle an unknown criterion. */
const optionForMissing: Record<MissingInput, string> = {
  jss: "jss",
  eligible_weeks: "history",
  earnings_12m_usd: "earnings",
  first_contract_days: "first_contract_days",
  profile_percent: "profile",
  account_hold: "hold",
  days_since_activity: "active_days",
  availability_current: "available",
  largest_contract_usd: "largest_contract",
  rating_stars: "rating",
  category: "category",
};

export function toEligibilityInput(options: EligibilityOptions): EligibilityInput {
  return {
    jssPercent: options.jss,
    eligibleWeeks: options.weeks,
    weekHistory: options.history,
    earnings12mUsd: options.earnings,
    firstContractDays: options.first_contract_days,
    profilePercent: options.profile,
    accountHold: options.hold,
    daysSinceActivity: options.active_days,
    availabilityCurrent: options.available,
    largestContractUsd: options.largest_contract,
    category: options.category,
    isAgency: options.agency,
    ratingStars: options.rating,
  };
}

export const eligibilityCommand = defineCommand({
  name: "eligibility",
  description: "Check which statuses (Top Rated, Rising Talent, ...) your numbers meet, and what is missing",
  options: eligibilityOptions,
  permission: "everyone",
  examples: [
    "eligibility jss:95 weeks:16 earnings:1500 first_contract_days:200",
    "eligibility jss:92 history:0000111111111111 earnings:1200 first_contract_days:120",
    "eligibility jss:96 weeks:16 earnings:14000 first_contract_days:400 largest_contract:6000 category:writing",
    "eligibility jss:95 earnings:1500 first_contract_days:200 ruleset:2016-top-rated",
  ],
  refine(input) {
    if (input.weeks !== undefined && input.history !== undefined) {
      return "Give either `weeks` or `history`, not both: `history` already says which of the 16 weeks were good (it is exact, so prefer it).";
    }
    return undefined;
  },
  run(input, ctx) {
    const ruleset = input.ruleset ? findRuleset(input.ruleset) : currentRuleset(ctx.now);
    if (!ruleset) {
      return problem("not-found", `There is no ruleset \`${input.ruleset}\`.`, {
        ruleset: input.ruleset ?? null,
      });
    }
    const result = assessEligibility(toEligibilityInput(input), ruleset);
    const criteria = new Map(
      statusIds
        .flatMap((tier) => ruleset.statuses[tier]?.criteria ?? [])
        .map((criterion) => [criterion.id, criterion]),
    );
    const tiers = result.tiers.map((verdict) => ({
      ...verdict,
      unknown: verdict.unknown.map((entry) => ({ ...entry, add_options: addOptions(entry) })),
    }));
    const disagreements = tiers.flatMap((verdict) =>
      [...verdict.unmet, ...verdict.unknown].flatMap(({ criterion }) => {
        const note = criteria.get(criterion)?.disagreement;
        return note ? [{ criterion, note }] : [];
      }),
    );
    const otherDisagreements = [...criteria.values()]
      .filter(
        (criterion) => criterion.disagreement && !disagreements.some((d) => d.criterion === criterion.id),
      )
      .map((criterion) => criterion.id);

    const sections = tiers.map((verdict) => describeTier(verdict, criteria, ruleset, input));
    const absent = statusIds.filter((tier) => !ruleset.statuses[tier]);
    if (absent.length > 0) {
      sections.push(
        `${absent.map((tier) => statusNames[tier]).join(", ")}: not part of ruleset \`${ruleset.id}\` (they did not exist then).`,
      );
    }
    if (disagreements.length > 0) {
      sections.push(
        `**Where sources disagree**\n${disagreements.map((d) => `- \`${d.criterion}\`: ${d.note}`).join("\n")}`,
      );
    }
    if (otherDisagreements.length > 0) {
      sections.push(
        `Sources also disagree on ${otherDisagreements.map((id) => `\`${id}\``).join(", ")}; \`/status\` shows which one gigdesk follows.`,
      );
    }
    const decisive = tiers.flatMap((verdict) => verdict.unmet.map((entry) => entry.criterion));
    const sources = [
      ...new Set(
        (decisive.length > 0 ? decisive : ["top_rated.jss_current"]).flatMap(
          (id) => criteria.get(id)?.sources.slice(0, 1) ?? [],
        ),
      ),
    ];
    return message({
      title: `Status check (ruleset ${ruleset.id})`,
      body: sections.join("\n\n"),
      footer: rulesetFooter(ruleset),
      sources,
      // Earnings and account holds are personal; the member can share the answer if they wish.
      visibility: "private",
      data: {
        ruleset: result.ruleset,
        ruleset_effective_from: result.ruleset_effective_from,
        tiers,
        disagreements,
      },
    });
  },
});

function addOptions(entry: UnknownCriterion): string[] {
  return entry.missing.flatMap((missing) =>
    missing === "eligible_weeks" ? ["history", "weeks"] : [optionForMissing[missing]],
  );
}

/** "`history:` (or `weeks:`)" for the week count, "`earnings:`" for the rest. */
function optionsToAdd(entry: UnknownCriterion): string {
  return entry.missing
    .map((missing) =>
      missing === "eligible_weeks" ? "`history:` (or `weeks:`)" : `\`${optionForMissing[missing]}:\``,
    )
    .join(" and ");
}

function describeTier(
  verdict: TierVerdict,
  criteria: ReadonlyMap<string, Criterion>,
  ruleset: Ruleset,
  input: EligibilityOptions,
): string {
  const name = `**${statusNames[verdict.tier]}**`;
  const delay =
    ruleset.marketplace.badgeDelayHours[verdict.tier as keyof Ruleset["marketplace"]["badgeDelayHours"]];
  switch (verdict.status) {
    case "invitation_only":
      return `${name}: by invitation only; no numbers can earn it.`;
    case "eligible":
      return `${name}: eligible.${typeof delay === "number" ? ` The badge usually appears within about ${delay} hours of meeting every requirement.` : ""}`;
    case "unknown":
    case "not_eligible": {
      const lines: string[] = [];
      for (const entry of verdict.unmet) {
        lines.push(
          `- ${describeGap(entry, criteria.get(entry.criterion), ruleset, input)} (\`${entry.criterion}\`)`,
        );
      }
      for (const entry of verdict.unknown) {
        lines.push(`- ${describeUnknown(entry, criteria.get(entry.criterion))}`);
      }
      const headline =
        verdict.status === "unknown"
          ? `${name}: cannot tell yet; everything else is met.`
          : `${name}: not yet. Missing:`;
      return `${headline}\n${lines.join("\n")}\n${describeEta(verdict)}`;
    }
  }
}

function describeEta(verdict: TierVerdict): string {
  if (verdict.status === "unknown") return "Add the option(s) above for a verdict.";
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

function describeUnknown(entry: UnknownCriterion, criterion: Criterion | undefined): string {
  const options = optionsToAdd(entry);
  const what = criterion?.description ?? entry.criterion;
  const extra = entry.note ? ` (${entry.note})` : "";
  return options.length > 0
    ? `\`${entry.criterion}\` is unknown: add ${options} to check it. ${what}${extra}`
    : `\`${entry.criterion}\` is unknown${extra}.`;
}

function jssBar(ruleset: Ruleset, tier: string): number {
  const status = ruleset.statuses[tier as keyof Ruleset["statuses"]];
  const threshold = status?.criteria.find((criterion) => criterion.measure === "jss")?.threshold;
  return threshold?.kind === "number" ? threshold.value : 90;
}

/** One plain sentence about what is missing, e.g. "$150 more in 12-month earnings". */
function describeGap(
  entry: UnmetCriterion,
  criterion: Criterion | undefined,
  ruleset: Ruleset,
  input: EligibilityOptions,
): string {
  const need = entry.need;
  const have = entry.have;
  const unit = entry.unit;
  const strict = entry.comparison === "gt";
  if (!criterion) return `${entry.criterion} is not met`;
  const tier = criterion.id.split(".")[0] ?? "";
  switch (criterion.measure) {
    case "earnings_12m_usd":
      if (typeof need === "number" && typeof have === "number") {
        const gap = need - have;
        return strict
          ? `more than ${formatUsd(gap)} more in 12-month earnings (the bar is more than ${formatUsd(need)}${input.agency ? " for agencies" : ""}; you have ${formatUsd(have)})`
          : `${formatUsd(gap)} more in 12-month earnings (the bar is ${formatUsd(need)}; you have ${formatUsd(have)})`;
      }
      break;
    case "eligible_weeks":
      if (typeof need === "number" && typeof have === "number") {
        const missing = plural(Math.max(1, Math.ceil(need - have + (strict ? 1 : 0))), "more eligible week");
        const bar = jssBar(ruleset, tier);
        if (entry.wait_weeks === null) {
          return `${missing}, but a week only counts while your JSS is at ${bar} or above, so the score comes first (you have ${have})`;
        }
        return entry.wait_is_best_case
          ? `${missing}: the earliest is in ${plural(entry.wait_weeks, "week")}, if your JSS stays at ${bar} or above`
          : `${missing}: your 16-week window gets there in ${plural(entry.wait_weeks, "week")}, if your JSS stays at ${bar} or above`;
      }
      break;
    case "jss":
      if (typeof need === "number") {
        return have === null
          ? `a Job Success Score of at least ${need}%; you have no score yet (it takes ${ruleset.marketplace.jss.minEligibleJobs} eligible jobs with ${ruleset.marketplace.jss.minDistinctClients} clients)`
          : `a Job Success Score of at least ${need}% (yours is ${have}%)`;
      }
      break;
    case "first_contract_days":
      if (typeof need === "number" && typeof have === "number") {
        const days = Math.ceil(strict ? need + 1 - have : need - have);
        const when = entry.wait_weeks !== null ? `, in ${plural(entry.wait_weeks, "week")}` : "";
        return `a first contract ${strict ? "more than" : "at least"} ${plural(need, "day")} old: ${plural(days, "more day")}${when} (yours is ${plural(have, "day")})`;
      }
      break;
    case "profile_percent":
      return `a ${need}% complete profile (yours is ${have}%)`;
    case "account_hold":
      return "no recent account hold (you have one; Upwork does not say when a past hold stops counting)";
    case "availability_current":
      return "your availability kept up to date (set a return date when you are away)";
    case "days_since_activity":
      if (typeof need === "number" && typeof have === "number") {
        return `activity within the last ${plural(need, "day")}: a proposal, an accepted invitation or earnings (your last was ${plural(have, "day")} ago)`;
      }
      break;
    case "largest_contract_usd":
      if (typeof need === "number" && typeof have === "number") {
        const where = input.category
          ? ` for ${input.category}`
          : " (the lowest category amount; add `category:` for yours)";
        return `one single contract with more than ${formatUsd(need)} earned${where} and earnings in the last 12 months (your largest has ${formatUsd(have)})`;
      }
      break;
    case "rating_stars":
      if (typeof need === "number" && typeof have === "number") {
        return `an average rating of at least ${need} stars (yours is ${have}), unless Upwork invited you`;
      }
      break;
    case "holds_status": {
      const target =
        criterion.threshold.kind === "status" ? statusNames[criterion.threshold.status] : "another status";
      return `${target} first (see above)`;
    }
    default:
      break;
  }
  const needText = typeof need === "number" && unit ? formatAmount(need, unit) : String(need);
  const haveText =
    have === null ? "none" : typeof have === "number" && unit ? formatAmount(have, unit) : String(have);
  return `${criterion.description} (need ${needText}, you have ${haveText})`;
}
