import { z } from "zod";
import { defineCommand } from "../src/command-kit/command.js";
import { message, problem, type Reply } from "../src/core/reply.js";
import { absentStatuses } from "../src/core/rules/absent-statuses.js";
import { assessEligibility } from "../src/core/rules/eligibility/assess-eligibility.js";
import type { EligibilityInput } from "../src/core/rules/eligibility/eligibility-input.js";
import { optionsUsedBy } from "../src/core/rules/eligibility/eligibility-options.js";
import { renderEligibility } from "../src/core/rules/eligibility/render-eligibility.js";
import { joinWords } from "../src/core/rules/join-words.js";
import { marketplaceNames } from "../src/core/rules/marketplace-id.js";
import { rulesetsOf } from "../src/core/rules/ruleset-catalog.js";
import {
  categoryChoices,
  levelChoices,
  marketplaceChoices,
  rulesetIdChoices,
} from "../src/core/rules/ruleset-choices.js";
import type { Ruleset } from "../src/core/rules/ruleset-schema.js";
import { chooseRuleset, marketplaceOption } from "./marketplace-option.js";
import { progressOptions, weeksOrHistoryContradiction } from "./progress-options.js";

const count = (description: string) =>
  z.number().int().min(0).max(10_000_000).optional().describe(description);

/**
 * One schema for every marketplace, because Discord shows a command's options from it and allows
 * 25: options shared by meaning (`rating`, `earnings`, `hold`, `level`), and Upwork's yes/no facts
 * paired where one choice can state two (`negative`, `verified`, `agency`). The command refuses
 * options the chosen marketplace does not read, naming those it does.
 */
export const eligibilityOptions = z.object({
  marketplace: marketplaceOption,
  level: z
    .enum(levelChoices)
    .optional()
    .describe("Level or badge you hold now; on Upwork, Rising Talent weeks count as eligible for Top Rated"),
  jss: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe("Upwork: your current Job Success Score in percent; leave out if you have no score"),
  success_score: z.number().min(1).max(10).optional().describe("Fiverr: your Success score (1-10)"),
  earnings: z
    .number()
    .min(0)
    .optional()
    .describe("USD earned: on Upwork in the last 12 months, on Fiverr in total"),
  rating: z.number().min(1).max(5).optional().describe("Your average client rating in stars"),
  ratings_count: count("Malt: how many client ratings you have"),
  response_rate: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe("Fiverr: percent of new messages answered within 24 hours, last 90 days"),
  orders: count("Fiverr: completed orders, all time"),
  clients: count("Fiverr: different clients you completed orders for, all time"),
  points: count("Malt: points over the last 12 months, from your Statistics page"),
  ...progressOptions,
  active_days: z
    .number()
    .int()
    .min(0)
    .max(36_500)
    .optional()
    .describe("Days since your last proposal, accepted invitation or earning"),
  largest_contract: z
    .number()
    .min(0)
    .optional()
    .describe("USD earned on your largest single contract that paid in the last 12 months"),
  category: z
    .enum(categoryChoices)
    .optional()
    .describe("Your marketplace category (sets the large-contract amount)"),
  agency: z
    .enum(["no", "yes", "exclusive_member"])
    .optional()
    .describe("Upwork: check as an agency (yes, higher bars), as an agency's exclusive member, or no"),
  negative: z
    .enum(["none", "feedback", "large_contract", "both"])
    .optional()
    .describe("Upwork: negative client feedback, a negative outcome on your large contract, both, or none"),
  verified: z
    .enum(["yes", "identity_only", "payout_only", "no"])
    .optional()
    .describe("Upwork: identity verified and payout method set up (yes), only one of them, or neither"),
  ruleset: z
    .enum(rulesetIdChoices)
    .optional()
    .describe("Ruleset to check against; default: the marketplace's current one"),
});

type EligibilityOptions = z.infer<typeof eligibilityOptions>;

export function toEligibilityInput(options: EligibilityOptions): EligibilityInput {
  return {
    jssPercent: options.jss,
    eligibleWeeks: options.weeks,
    weekHistory: options.history,
    // One option, read as each marketplace counts earnings: a ruleset's measures use one or the other.
    earnings12mUsd: options.earnings,
    earningsTotalUsd: options.earnings,
    firstContractDays: options.first_contract_days,
    profilePercent: options.profile,
    exElance: options.elance,
    accountHold: options.hold,
    daysSinceActivity: options.active_days,
    availabilityCurrent: options.available,
    holdsStatuses: options.level ? [options.level] : [],
    currentLevel: options.level,
    largestContractUsd: options.largest_contract,
    largeContractNegativeOutcome: bothOr(options.negative, "large_contract"),
    category: options.category,
    isAgency: options.agency === "yes",
    // An agency checking its own badges is not an exclusive member of an agency.
    exclusiveAgencyMember: options.agency === undefined ? undefined : options.agency === "exclusive_member",
    ratingStars: options.rating,
    negativeFeedback: bothOr(options.negative, "feedback"),
    identityVerified:
      options.verified === undefined ? undefined : ["yes", "identity_only"].includes(options.verified),
    payoutMethod:
      options.verified === undefined ? undefined : ["yes", "payout_only"].includes(options.verified),
    successScore: options.success_score,
    responseRatePercent: options.response_rate,
    ordersTotal: options.orders,
    uniqueClientsTotal: options.clients,
    points12m: options.points,
    ratingsCount: options.ratings_count,
  };
}

/** `negative:feedback` says there was negative feedback and no negative large-contract outcome. */
function bothOr(
  negative: EligibilityOptions["negative"],
  which: "feedback" | "large_contract",
): boolean | undefined {
  if (negative === undefined) return undefined;
  return negative === "both" || negative === which;
}

export const eligibilityCommand = defineCommand({
  name: "eligibility",
  description: "Check which statuses or levels your numbers meet on a marketplace, and what is missing",
  options: eligibilityOptions,
  permission: "everyone",
  examples: [
    "eligibility jss:95 weeks:16 earnings:1500 first_contract_days:200",
    "eligibility jss:92 history:0000111111111111 earnings:1200 first_contract_days:120 profile:100 hold:no active_days:3 available:yes",
    "eligibility jss:96 weeks:16 earnings:14000 first_contract_days:400 largest_contract:6000 category:writing",
    "eligibility rating:4.9 earnings:300 verified:yes",
    "eligibility jss:95 earnings:1500 first_contract_days:200 ruleset:2016-top-rated",
    "eligibility marketplace:fiverr level:level_2 success_score:9 rating:4.8 response_rate:95 orders:60 clients:25 earnings:12000",
    "eligibility marketplace:malt points:16000 rating:4.7 ratings_count:12",
  ],
  refine: weeksOrHistoryContradiction,
  async run(input, ctx) {
    const chosen = await chooseRuleset(input, ctx);
    if (!chosen.ok) return chosen.reply;
    const { ruleset, sameMarketplace } = chosen;
    const absent = absentStatuses(ruleset, sameMarketplace);
    const computable = Object.values(ruleset.statuses).some((rules) => !rules.notComputable);
    if (computable) {
      const refusal = refuseOptionsNotRead(input, ruleset, sameMarketplace);
      if (refusal) return refusal;
    }
    const facts = toEligibilityInput(input);
    const rendered = renderEligibility(assessEligibility(facts, ruleset), ruleset, facts, absent);
    return message({
      title: rendered.title,
      body: rendered.body,
      footer: rendered.footer,
      sources: rendered.sources,
      // Earnings and account holds are personal; the member can share the answer if they wish.
      visibility: "private",
      data: rendered.data,
    });
  },
});

/**
 * An option the marketplace's rules never read would be silently ignored, so it is refused with
 * the options that marketplace does read; a level must be one of the ruleset's statuses.
 */
function refuseOptionsNotRead(
  input: EligibilityOptions,
  ruleset: Ruleset,
  sameMarketplace: readonly Ruleset[],
): Reply | undefined {
  const name = marketplaceNames[ruleset.marketplaceId];
  const read = optionsUsedBy(sameMarketplace);
  const readable = Object.keys(eligibilityOptions.shape).filter(
    (option) => read.has(option) || option === "marketplace" || option === "ruleset",
  );
  const given = Object.entries(input)
    .filter(([, value]) => value !== undefined)
    .map(([option]) => option);
  const unread = given.filter((option) => !readable.includes(option));
  const [first] = unread;
  if (first !== undefined) {
    const listed = readable.map((option) => `\`${option}\``).join(", ");
    const readers = marketplaceChoices.filter((other) => optionsUsedBy(rulesetsOf(other)).has(first));
    const elsewhere =
      readers.length > 0
        ? ` (\`${first}\` is read for ${joinWords(readers.map((other) => marketplaceNames[other]))}.)`
        : "";
    return problem(
      "invalid-input",
      `${unread.map((option) => `\`${option}\``).join(", ")} ${unread.length === 1 ? "is" : "are"} not used for ${name}: its rules never read ${unread.length === 1 ? "it" : "them"}. ${name}'s options: ${listed}.${elsewhere}`,
      { option: first, marketplace: ruleset.marketplaceId, options: readable },
    );
  }
  if (input.level !== undefined && !ruleset.statuses[input.level]) {
    const levels = Object.keys(ruleset.statuses).map((level) => `\`${level}\``);
    return problem(
      "invalid-input",
      `\`level\` must be one of ${name}'s levels in ruleset \`${ruleset.id}\` (you gave \`${input.level}\`): ${levels.join(", ")}.`,
      { option: "level", marketplace: ruleset.marketplaceId, levels: Object.keys(ruleset.statuses) },
    );
  }
  return undefined;
}
