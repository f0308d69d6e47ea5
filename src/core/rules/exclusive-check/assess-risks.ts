import { formatUsd } from "../format-usd.js";
import type { StrategyComparison } from "./compare-strategies.js";
import type { ExclusiveContractInput } from "./exclusive-contract-input.js";
import { monthLabel } from "./month-label.js";
import type { Projection } from "./project-exclusive-contract.js";
import type { ProjectionRules } from "./projection-rules.js";

export const riskIds = [
  "income-concentration",
  "jss-needs-second-client",
  "top-rated-lost",
  "top-rated-plus-split",
  "inactivity-after-contract",
  "off-platform-pressure",
  "exclusivity-scope",
] as const;
export type RiskId = (typeof riskIds)[number];

export type Severity = "low" | "medium" | "high";

export interface Risk {
  id: RiskId;
  severity: Severity;
  /** One line with the deciding number, for the chat reply. */
  summary: string;
  /** The full explanation, for the data and for readers who want the reasoning. */
  detail: string;
  /** The numbers behind the severity, for --json readers and tests. */
  numbers: Record<string, number | string | boolean | null>;
}

export interface RiskContext {
  input: ExclusiveContractInput;
  /** The projection for the split the member asked about. */
  projection: Projection;
  comparison: StrategyComparison;
  rules: ProjectionRules;
}

/** Every risk, always in the same order, each with a severity (low when it does not apply). */
export function assessRisks(context: RiskContext): Risk[] {
  return [
    incomeConcentration(context),
    jssNeedsSecondClient(context),
    topRatedLost(context),
    topRatedPlusSplit(context),
    inactivityAfterContract(context),
    offPlatformPressure(context),
    exclusivityScope(context),
  ];
}

function incomeConcentration({ input, projection }: RiskContext): Risk {
  const savings = input.savingsMonths;
  // With exclusivity every dollar comes from this client; without it, only if she takes no other work.
  const sharePercent = 100;
  let severity: Severity =
    savings === null ? "medium" : savings < 3 ? "high" : savings < 6 ? "medium" : "low";
  if (!input.exclusive) severity = severity === "high" ? "medium" : "low";
  const previousMonthly = (input.priorEarningsUsd ?? 0) / 12;
  const savingsText =
    savings === null
      ? "Add `savings_months` to weigh this against your savings."
      : `You have ${savings} month(s) of living costs saved${savings < 3 ? ", so a sudden end leaves little time to find new work" : ""}.`;
  const scope = input.exclusive
    ? `All of your income for ${input.months} month(s) comes from one client`
    : "Unless you take other work, all of your income comes from this client";
  return {
    id: "income-concentration",
    severity,
    summary: `${sharePercent}% of your income from one client for ${input.months} month(s); ${
      savings === null ? "savings not given" : `${savings} month(s) of savings`
    }`,
    detail: `${scope} (${formatUsd(projection.monthlyGrossUsd)} a month before fees${
      previousMonthly > 0
        ? `, against ${formatUsd(Math.round(previousMonthly))} a month on average over the last year`
        : ""
    }). ${savingsText}`,
    numbers: {
      share_percent: sharePercent,
      monthly_gross_usd: projection.monthlyGrossUsd,
      previous_monthly_average_usd: Math.round(previousMonthly),
      savings_months: savings,
      months: input.months,
    },
  };
}

function jssNeedsSecondClient({ input, projection, rules }: RiskContext): Risk {
  const vanishes = projection.jssVanishesMonth;
  const numbers = {
    vanishes_month: vanishes,
    appears_month: projection.jssAppearsMonth,
    other_clients: input.otherClients,
    last_other_job_months: input.lastOtherJobMonths,
    window_months: rules.jss.windowMonths,
    min_distinct_clients: rules.jss.minDistinctClients,
  };
  const rule = `A score needs eligible jobs with at least ${rules.jss.minDistinctClients} different clients inside ${rules.jss.windowMonths} months; jobs with this one client count once, however many contracts.`;
  if (input.jss === null) {
    const appears = projection.jssAppearsMonth;
    return {
      id: "jss-needs-second-client",
      severity: appears === null && input.months >= 6 ? "medium" : "low",
      summary:
        appears === null
          ? "no score now, and jobs with this one client cannot create one"
          : `no score now; one may appear in ${monthLabel(projection, appears)}`,
      detail:
        appears === null
          ? `You have no Job Success Score, and this contract alone cannot create one. ${rule} Without a score there is no Top Rated.`
          : `You have no Job Success Score now; with this client's job and your other client(s) one could appear in ${monthLabel(projection, appears)}, at a value nobody can predict. ${rule}`,
      numbers,
    };
  }
  if (vanishes === null) {
    return {
      id: "jss-needs-second-client",
      severity: "low",
      summary: "your score keeps two clients inside the window throughout",
      detail: `Your score keeps enough clients inside the window for the whole projection. ${rule}`,
      numbers,
    };
  }
  const severity: Severity =
    vanishes <= input.months ? "high" : vanishes <= input.months + 6 ? "medium" : "low";
  const cause =
    input.otherClients > 0 && input.lastOtherJobMonths !== null
      ? `your last job with another client (ended ${input.lastOtherJobMonths} month(s) ago) leaves the ${rules.jss.windowMonths}-month window`
      : "no other client is left inside the window";
  const wayOut = input.exclusive
    ? "The exclusivity forbids the one thing that would keep it: a job with another client."
    : "The deal allows other clients, but only a job you actually take keeps it.";
  return {
    id: "jss-needs-second-client",
    severity,
    summary: `score disappears in ${monthLabel(projection, vanishes)}: no other client's job left inside ${rules.jss.windowMonths} months`,
    detail: `Your Job Success Score disappears in ${monthLabel(projection, vanishes)}, when ${cause}, and Top Rated goes with it. ${wayOut} ${rule}`,
    numbers,
  };
}

function topRatedLost({ input, projection, rules }: RiskContext): Risk {
  const lost = projection.topRatedLost;
  const numbers = {
    month: lost?.month ?? null,
    criteria: lost ? lost.criterionIds.join(",") : null,
    kept_until_month: projection.topRatedKeptUntilMonth,
    held_now: projection.topRatedHeldNow,
  };
  if (!projection.topRatedHeldNow) {
    return {
      id: "top-rated-lost",
      severity: "low",
      summary: "you do not hold Top Rated now",
      detail: `You do not hold Top Rated now (status \`${input.status}\`), so there is nothing to lose; /eligibility shows what is missing.`,
      numbers,
    };
  }
  if (!lost) {
    return {
      id: "top-rated-lost",
      severity: "low",
      summary: `kept through ${monthLabel(projection, projection.months.length)}`,
      detail: `Top Rated holds through the contract and the ${projection.months.length - input.months} months after it, if the unprojected criteria (${rules.topRated.unprojectedCriterionIds.join(", ") || "none"}) stay as they are.`,
      numbers,
    };
  }
  return {
    id: "top-rated-lost",
    severity: lost.month <= input.months ? "high" : "medium",
    summary: `lost in ${monthLabel(projection, lost.month)}${lost.month <= input.months ? ", during the contract" : ", after it"} (${lost.criterionIds.map((id) => `\`${id}\``).join(", ")})`,
    detail: `Top Rated is lost in ${monthLabel(projection, lost.month)}${
      lost.month <= input.months
        ? `, during the contract`
        : `, ${lost.month - input.months} month(s) after it ends`
    }: ${lost.criterionIds.map((id) => `\`${id}\``).join(" and ")} no longer met. Getting it back takes about 13 eligible weeks once every criterion holds again.`,
    numbers,
  };
}

function topRatedPlusSplit({ input, comparison, projection, rules }: RiskContext): Risk {
  const threshold = projection.largeContractThresholdUsd;
  const byStrategy = Object.fromEntries(
    comparison.outcomes.map((outcome) => [
      `${outcome.split}_large_contract_month`,
      outcome.largeContractMonth,
    ]),
  );
  const numbers = { threshold_usd: threshold, chosen_split: input.split, ...byStrategy };
  if (!rules.topRatedPlus.defined || threshold === null) {
    return {
      id: "top-rated-plus-split",
      severity: "low",
      summary: "no Top Rated Plus under this ruleset",
      detail: "Top Rated Plus does not exist under this ruleset, so splitting costs no large contract.",
      numbers,
    };
  }
  const single = comparison.outcomes.find((outcome) => outcome.split === "none");
  const chosen = comparison.outcomes.find((outcome) => outcome.split === input.split);
  const singleMonth = single?.largeContractMonth ?? null;
  const describe = comparison.outcomes
    .map(
      (outcome) =>
        `${outcome.split}: ${outcome.largeContractMonth === null ? "never" : `month ${outcome.largeContractMonth}`} (largest ${formatUsd(Math.round(outcome.largestContractUsd))})`,
    )
    .join("; ");
  if (singleMonth === null) {
    return {
      id: "top-rated-plus-split",
      severity: "low",
      summary: `no single contract reaches ${formatUsd(threshold)}, split or not`,
      detail: `No single contract reaches the ${formatUsd(threshold)} large-contract line at this pay in ${input.months} month(s), split or not (${describe}).`,
      numbers,
    };
  }
  const chosenMonth = chosen?.largeContractMonth ?? null;
  const blockedSplits = comparison.outcomes.filter((outcome) => outcome.largeContractMonth === null);
  let severity: Severity = "low";
  if (input.split !== "none")
    severity = chosenMonth === null ? "high" : chosenMonth > singleMonth ? "medium" : "low";
  const verdict =
    blockedSplits.length > 0
      ? `Splitting into ${blockedSplits.map((outcome) => outcome.split).join(" or ")} contracts means no single contract ever passes it, and separate contracts with the same client are not added up.`
      : "Every split still passes it, because each contract on its own earns enough.";
  return {
    id: "top-rated-plus-split",
    severity,
    summary:
      blockedSplits.length > 0
        ? `one contract passes ${formatUsd(threshold)} in month ${singleMonth}; ${blockedSplits.map((outcome) => `split:${outcome.split}`).join(" and ")} never does`
        : `every split passes ${formatUsd(threshold)} (one contract in month ${singleMonth})`,
    detail: `Top Rated Plus needs one single contract above ${formatUsd(threshold)}: one contract passes it in month ${singleMonth}. ${verdict} (${describe})`,
    numbers,
  };
}

function inactivityAfterContract({ input, projection, rules }: RiskContext): Risk {
  const activityDays = rules.topRated.recentActivityDays?.value ?? null;
  const lapse = projection.activityLapsesMonth;
  const privateMonth = projection.profilePrivateMonth;
  const privateAfter = rules.inactivity.privateAfterDaysEstablished;
  const numbers = {
    activity_days: activityDays,
    activity_lapses_month: lapse,
    private_after_days: privateAfter,
    profile_private_month: privateMonth,
    jss_window_months: rules.jss.windowMonths,
  };
  const privacy =
    privateAfter === null
      ? "This ruleset has no automatic switch to a private profile."
      : privateMonth === null
        ? `Your profile stays public: it only turns private after ${privateAfter} days without earnings.`
        : `Your profile turns private in ${monthLabel(projection, privateMonth)} after ${privateAfter} days without earnings.`;
  const severity: Severity =
    privateMonth !== null ? "high" : projection.topRatedHeldNow && lapse !== null ? "medium" : "low";
  const activity =
    lapse === null || activityDays === null
      ? "The earnings keep the activity rule met for the whole projection."
      : `Earnings keep you active during the contract; ${activityDays} days after it ends (${monthLabel(projection, lapse)}) the Top Rated activity rule fails unless you send a proposal, accept an invitation or earn.`;
  return {
    id: "inactivity-after-contract",
    severity,
    summary: [
      lapse === null || activityDays === null
        ? null
        : `${activityDays}-day activity rule fails in ${monthLabel(projection, lapse)} without a proposal`,
      privateMonth === null
        ? "profile stays public"
        : `profile private from ${monthLabel(projection, privateMonth)}`,
    ]
      .filter((part) => part !== null)
      .join("; "),
    detail: `${activity} ${privacy} With no new contract at all, the score itself disappears ${rules.jss.windowMonths} months after the last job.${
      input.exclusive
        ? " During an exclusive deal your proposals dry up, so the pipeline starts from zero when it ends."
        : ""
    }`,
    numbers,
  };
}

function offPlatformPressure({ input, projection, rules }: RiskContext): Risk {
  const { conversionFeePercent, annualHours, badgeBanMonths } = rules.offPlatform;
  const fee =
    conversionFeePercent === null
      ? null
      : input.pay.kind === "hourly"
        ? annualHours === null
          ? null
          : (input.pay.rateUsd * annualHours * conversionFeePercent) / 100
        : (input.pay.monthlyUsd * 12 * conversionFeePercent) / 100;
  const formula =
    fee === null || conversionFeePercent === null
      ? null
      : input.pay.kind === "hourly"
        ? `${formatUsd(input.pay.rateUsd)} × ${annualHours?.toLocaleString("en-US")} h × ${conversionFeePercent}%`
        : `${formatUsd(input.pay.monthlyUsd)} × 12 × ${conversionFeePercent}%`;
  const numbers = {
    conversion_fee_usd: fee === null ? null : Math.round(fee * 100) / 100,
    badge_ban_months: badgeBanMonths,
    service_fees_over_contract_usd: projection.totalServiceFeeUsd,
  };
  return {
    id: "off-platform-pressure",
    severity: input.months >= 6 ? "medium" : "low",
    summary: `${fee === null ? "no percentage conversion fee under this ruleset" : `conversion fee ${formula} = ${formatUsd(Math.round(fee))}`}${
      badgeBanMonths === null
        ? "; paying outside breaches the terms"
        : `; paying outside costs every badge for ${badgeBanMonths} months`
    }`,
    detail: `On a long single-client deal the client may offer to pay you directly to save fees (you pay ${formatUsd(
      Math.round(projection.totalServiceFeeUsd),
    )} in service fees over this contract). ${
      fee === null
        ? "This ruleset has no percentage conversion fee."
        : `Moving the relationship off the platform properly means the conversion fee: ${formula} = ${formatUsd(Math.round(fee))}.`
    } ${
      badgeBanMonths === null
        ? "Paying outside the platform breaches the terms."
        : `Paying outside the platform without it costs every badge and blocks them for ${badgeBanMonths} months.`
    }`,
    numbers,
  };
}

function exclusivityScope({ input }: RiskContext): Risk {
  const severity: Severity = !input.exclusive
    ? "low"
    : input.months >= 6 || (input.savingsMonths !== null && input.savingsMonths < 3)
      ? "medium"
      : "low";
  return {
    id: "exclusivity-scope",
    severity,
    summary: input.exclusive
      ? "a private term: settle what it covers, that it ends with the contract, and the notice"
      : "other clients allowed; get that and a notice period in writing",
    detail: input.exclusive
      ? `The marketplace has no rule on exclusivity: it is a private term between you and the client and cannot require payment outside the platform. Settle what it covers (all work, or only competing work), whether it ends with the contract (exclusivity) or follows you after it (a non-compete), and how much notice either side gives; ${input.months} month(s) with no notice clause means the client can end it any day.`
      : "The client allows other clients, so you keep your own pipeline; make sure the contract says so, and agree a notice period anyway.",
    numbers: { exclusive: input.exclusive, months: input.months },
  };
}
