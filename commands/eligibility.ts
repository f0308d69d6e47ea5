import { z } from "zod";
import { defineCommand } from "../src/command-kit/command.js";
import { message, problem } from "../src/core/reply.js";
import { assessEligibility } from "../src/core/rules/eligibility/assess-eligibility.js";
import type { EligibilityInput } from "../src/core/rules/eligibility/eligibility-input.js";
import { renderEligibility } from "../src/core/rules/eligibility/render-eligibility.js";
import { currentRuleset, findRuleset } from "../src/core/rules/ruleset-catalog.js";
import { categoryChoices, rulesetIdChoices } from "../src/core/rules/ruleset-choices.js";
import { progressOptions, statedFact, weeksOrHistoryContradiction } from "./progress-options.js";

export const eligibilityOptions = z.object({
  jss: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe("Your current Job Success Score in percent; leave out if you have no score"),
  earnings: z.number().min(0).optional().describe("USD you earned in the last 12 months"),
  ...progressOptions,
  active_days: z
    .number()
    .int()
    .min(0)
    .max(36_500)
    .optional()
    .describe("Days since your last proposal, accepted invitation or earning"),
  rising_talent: statedFact("Whether you hold the Rising Talent badge now (its weeks count for Top Rated)"),
  largest_contract: z
    .number()
    .min(0)
    .optional()
    .describe("USD earned on your largest single contract that paid in the last 12 months"),
  large_contract_negative: statedFact("Whether that large contract had a negative outcome"),
  category: z
    .enum(categoryChoices)
    .optional()
    .describe("Your marketplace category (sets the large-contract amount)"),
  agency: z.boolean().default(false).describe("Check as an agency (higher earnings bars)"),
  exclusive_agency: statedFact("Whether you work only through an agency, as its exclusive member"),
  rating: z.number().min(1).max(5).optional().describe("Your average client rating in stars"),
  negative_feedback: statedFact("Whether any client left you negative public or private feedback"),
  id_verified: statedFact("Whether your identity is verified"),
  payout_method: statedFact("Whether you have a valid payout method set up"),
  ruleset: z.enum(rulesetIdChoices).optional().describe("Ruleset to check against; default: the current one"),
});

type EligibilityOptions = z.infer<typeof eligibilityOptions>;

export function toEligibilityInput(options: EligibilityOptions): EligibilityInput {
  return {
    jssPercent: options.jss,
    eligibleWeeks: options.weeks,
    weekHistory: options.history,
    earnings12mUsd: options.earnings,
    firstContractDays: options.first_contract_days,
    profilePercent: options.profile,
    exElance: options.elance,
    accountHold: options.hold,
    daysSinceActivity: options.active_days,
    availabilityCurrent: options.available,
    holdsStatuses: options.rising_talent ? ["rising_talent"] : [],
    largestContractUsd: options.largest_contract,
    largeContractNegativeOutcome: options.large_contract_negative,
    category: options.category,
    isAgency: options.agency,
    exclusiveAgencyMember: options.exclusive_agency,
    ratingStars: options.rating,
    negativeFeedback: options.negative_feedback,
    identityVerified: options.id_verified,
    payoutMethod: options.payout_method,
  };
}

export const eligibilityCommand = defineCommand({
  name: "eligibility",
  description: "Check which statuses (Top Rated, Rising Talent, ...) your numbers meet, and what is missing",
  options: eligibilityOptions,
  permission: "everyone",
  examples: [
    "eligibility jss:95 weeks:16 earnings:1500 first_contract_days:200",
    "eligibility jss:92 history:0000111111111111 earnings:1200 first_contract_days:120 profile:100 hold:no active_days:3 available:yes",
    "eligibility jss:96 weeks:16 earnings:14000 first_contract_days:400 largest_contract:6000 category:writing",
    "eligibility rating:4.9 earnings:300 rising_talent:no id_verified:yes payout_method:yes",
    "eligibility jss:95 earnings:1500 first_contract_days:200 ruleset:2016-top-rated",
  ],
  refine: weeksOrHistoryContradiction,
  run(input, ctx) {
    const ruleset = input.ruleset ? findRuleset(input.ruleset) : currentRuleset(ctx.now);
    if (!ruleset) {
      return problem("not-found", `There is no ruleset \`${input.ruleset}\`.`, {
        ruleset: input.ruleset ?? null,
      });
    }
    const facts = toEligibilityInput(input);
    const rendered = renderEligibility(assessEligibility(facts, ruleset), ruleset, facts);
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
