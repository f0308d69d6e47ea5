import { z } from "zod";
import { defineCommand } from "../src/command-kit/command.js";
import { optionsToFragment } from "../src/command-kit/option-fragment.js";
import { message } from "../src/core/reply.js";
import { checkExclusiveContract } from "../src/core/rules/exclusive-check/check-exclusive-contract.js";
import { exclusiveCheckData } from "../src/core/rules/exclusive-check/exclusive-check-data.js";
import {
  currentStatuses,
  type ExclusiveContractInput,
  splits,
} from "../src/core/rules/exclusive-check/exclusive-contract-input.js";
import { largeContractThreshold } from "../src/core/rules/exclusive-check/project-contracts.js";
import { projectionRulesFrom } from "../src/core/rules/exclusive-check/projection-rules.js";
import { renderExclusiveCheck } from "../src/core/rules/exclusive-check/render-exclusive-check.js";
import { formatUsd } from "../src/core/rules/format-usd.js";
import { type MarketplaceId, marketplaceNames } from "../src/core/rules/marketplace-id.js";
import { currentUpworkRuleset, findUpworkRuleset } from "../src/core/rules/ruleset-catalog.js";
import {
  categoryChoices,
  marketplaceChoices,
  upworkRulesetIdChoices,
} from "../src/core/rules/ruleset-choices.js";
import { progressOptions, weeksOrHistoryContradiction } from "./progress-options.js";

export const exclusiveCheckOptions = z.object({
  months: z.number().int().min(1).max(36).describe("Contract length in months"),
  // Whole-dollar floors rather than positive(): a refusal can then say "from 1 to 10,000", where
  // an open bound above 0 could only be shown as "from 0", which 0 itself fails.
  rate: z
    .number()
    .min(1)
    .max(10_000)
    .optional()
    .describe("Hourly rate in USD for an hourly contract; give hours too"),
  hours: z.number().min(1).max(80).optional().describe("Hours per week at that rate"),
  monthly: z
    .number()
    .min(1)
    .max(1_000_000)
    .optional()
    .describe("USD per month for a fixed-price contract, instead of rate and hours"),
  split: z
    .enum(splits)
    .default("none")
    .describe("One continuous contract, or a new contract each quarter or month"),
  earnings: z
    .number()
    .min(0)
    .max(100_000_000)
    .optional()
    .describe("USD you earned in the 12 months before the contract"),
  jss: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe("Your current Job Success Score; leave out if you have none"),
  status: z.enum(currentStatuses).default("none").describe("The status you hold now"),
  ...progressOptions,
  other_clients: z
    .number()
    .int()
    .min(0)
    .max(1000)
    .default(0)
    .describe("Other clients you had eligible jobs with in the last 24 months"),
  last_other_job_months: z
    .number()
    .int()
    .min(0)
    .max(240)
    .optional()
    .describe("Months since your most recent job with another client ended"),
  savings_months: z.number().min(0).max(600).optional().describe("Months of living costs you have saved"),
  category: z
    .enum(categoryChoices)
    .optional()
    .describe("Your marketplace category (sets the large-contract amount)"),
  exclusive: z
    .boolean()
    .default(true)
    .describe("Whether the client forbids other clients during the contract"),
  ruleset: z
    .enum(upworkRulesetIdChoices)
    .optional()
    .describe("Upwork ruleset to project with; default: the current one"),
  marketplace: z
    .enum(marketplaceChoices)
    .optional()
    .describe("The projection models Upwork only; another marketplace gets an explanation"),
});

export type ExclusiveCheckOptions = z.infer<typeof exclusiveCheckOptions>;

/** Rules that span options; each message says what to change. */
export function exclusiveCheckContradiction(input: ExclusiveCheckOptions): string | undefined {
  const progress = weeksOrHistoryContradiction(input);
  if (progress) return progress;
  const hourly = input.rate !== undefined || input.hours !== undefined;
  if (hourly && input.monthly !== undefined) {
    return "Give either `rate` with `hours` (an hourly contract) or `monthly` (a fixed price per month), not both: remove one of them.";
  }
  if (input.rate !== undefined && input.hours === undefined) {
    return "`rate` needs `hours`: add the hours per week (1-80), e.g. `rate:30 hours:40`, or use `monthly` for a fixed price.";
  }
  if (input.hours !== undefined && input.rate === undefined) {
    return "`hours` needs `rate`: add the hourly rate in USD, e.g. `rate:30 hours:40`.";
  }
  if (!hourly && input.monthly === undefined) {
    return "Say what the contract pays: `rate:<USD per hour> hours:<per week>` for hourly work, or `monthly:<USD per month>` for a fixed price.";
  }
  if (input.other_clients > 0 && input.last_other_job_months === undefined) {
    return `\`other_clients:${input.other_clients}\` needs \`last_other_job_months\`: how many months ago your most recent job with another client ended (0 if it is still running).`;
  }
  if (input.other_clients === 0 && input.last_other_job_months !== undefined) {
    return "`last_other_job_months` is about other clients: add `other_clients` (how many other clients you had eligible jobs with in the last 24 months), or leave it out.";
  }
  if (input.jss !== undefined && input.other_clients === 0) {
    return "A Job Success Score needs jobs with at least two clients in the last 24 months: add `other_clients` (and `last_other_job_months`), or leave `jss` out if you have no score.";
  }
  if ((input.status === "top_rated" || input.status === "top_rated_plus") && input.jss === undefined) {
    return `\`status:${input.status}\` needs a Job Success Score: add \`jss\` (your current score), or set \`status:none\`.`;
  }
  return undefined;
}

export const exclusiveCheckCommand = defineCommand({
  name: "exclusive-check",
  description: "What a long exclusive contract does to your status, Job Success Score and income",
  options: exclusiveCheckOptions,
  permission: "everyone",
  examples: [
    "exclusive-check months:12 rate:30 hours:40 earnings:4000 jss:96 status:top_rated other_clients:2 last_other_job_months:20",
    "exclusive-check months:6 monthly:3000 split:quarterly earnings:12000 category:writing",
  ],
  refine: exclusiveCheckContradiction,
  run(options, ctx) {
    const publicUrl = ctx.services.publicUrl;
    return exclusiveCheckReply(options, ctx.now, publicUrl ? calculatorLink(publicUrl, options) : undefined);
  },
});

/** Where the web calculator lives, below PUBLIC_URL. */
export const calculatorPath = "/calculator/exclusive-check";

/** The calculator page with these options in the fragment, which browsers never send to the server. */
export function calculatorLink(publicUrl: string, options: ExclusiveCheckOptions): string {
  return `${publicUrl.replace(/\/+$/, "")}${calculatorPath}#${optionsToFragment(exclusiveCheckOptions, options)}`;
}

/**
 * The whole answer from validated options and a clock, with no context: the chat command and the
 * browser calculator (bundled from this same file) both call it, so their figures cannot differ.
 */
export function exclusiveCheckReply(options: ExclusiveCheckOptions, now: Date, calculatorUrl?: string) {
  if (options.marketplace !== undefined && options.marketplace !== "upwork") {
    return notProjected(options.marketplace);
  }
  const ruleset =
    (options.ruleset ? findUpworkRuleset(options.ruleset) : undefined) ?? currentUpworkRuleset(now);
  const rules = projectionRulesFrom(ruleset);
  const category = options.category === undefined || options.category === "other" ? null : options.category;
  const input: ExclusiveContractInput = {
    months: options.months,
    pay:
      options.monthly !== undefined
        ? { kind: "fixed", monthlyUsd: options.monthly }
        : { kind: "hourly", rateUsd: options.rate ?? 0, hoursPerWeek: options.hours ?? 0 },
    split: options.split,
    priorEarningsUsd: options.earnings ?? null,
    jss: options.jss ?? null,
    status: options.status,
    otherClients: options.other_clients,
    lastOtherJobMonths: options.last_other_job_months ?? null,
    savingsMonths: options.savings_months ?? null,
    category,
    exclusive: options.exclusive,
    progress: {
      eligibleWeeks: options.weeks,
      weekHistory: options.history,
      firstContractDays: options.first_contract_days,
      profilePercent: options.profile,
      exElance: options.elance,
      accountHold: options.hold,
      availabilityCurrent: options.available,
    },
  };
  const check = checkExclusiveContract(input, rules, now);
  const assumptions = [...check.projection.assumptions];
  const threshold = largeContractThreshold(category, rules);
  if (
    threshold !== null &&
    (category === null || rules.largeContractThresholdUsd?.byCategory[category] === undefined)
  ) {
    assumptions.push(
      `No listed category${options.category ? ` for \`${options.category}\`` : ""}: the default large-contract line of ${formatUsd(threshold)} applies${options.category ? "" : " (add `category`)"}.`,
    );
  }
  if (!input.exclusive) {
    assumptions.push(
      "Other clients are allowed, but the table assumes you take none: a second client only helps once you actually work for one.",
    );
  }
  const rendered = renderExclusiveCheck(check, assumptions);
  const link = calculatorUrl ? `\n[Open this projection as a chart](${calculatorUrl})` : "";
  return message({
    title: rendered.title,
    body: `${rendered.body}${link}`,
    footer: rendered.footer,
    sources: rendered.sources,
    // Earnings and savings are personal.
    visibility: "private",
    data: {
      ...exclusiveCheckData(check, assumptions),
      ...(calculatorUrl ? { calculator_url: calculatorUrl } : {}),
    },
  });
}

/**
 * The projection rests on Upwork's Job Success Score, eligible weeks and fees; the research behind
 * the other marketplaces holds nothing that would support projecting a long contract month by
 * month, so it says so rather than reuse Upwork's rules.
 */
function notProjected(marketplace: Exclude<MarketplaceId, "upwork">) {
  const name = marketplaceNames[marketplace];
  return message({
    title: `No exclusive-contract projection for ${name}`,
    body: `\`/exclusive-check\` projects Upwork's rules only: its Job Success Score, the eligible weeks behind Top Rated and Upwork's fees, month by month. gigdesk's sources on ${name} hold no rules it could project a long contract with, so it does not guess. \`/status marketplace:${marketplace}\` explains ${name}'s statuses with sources.`,
    footer: "gigdesk is unofficial; each marketplace's help centre is the authority.",
    visibility: "private",
    data: { marketplace, projected: false, projects: ["upwork"] },
  });
}
