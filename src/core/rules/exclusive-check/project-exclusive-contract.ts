import {
  daysPerMonth,
  type ExclusiveContractInput,
  monthlyGrossUsd,
  type Split,
} from "./exclusive-contract-input.js";
import { planContracts } from "./plan-contracts.js";
import {
  type ContractOutcome,
  contractOutcomes,
  largeContractHeld,
  largeContractThreshold,
  netEarningsByMonth,
} from "./project-contracts.js";
import { projectJss } from "./project-jss.js";
import { type MonthFacts, projectStatuses, type StatusOutlook } from "./project-statuses.js";
import { meetsThreshold, type ProjectionRules } from "./projection-rules.js";

/** Months shown after the contract ends: long enough for the 90-day rules to bite. */
export const monthsAfterContract = 6;

export interface MonthProjection {
  /** 1 = the first month of the contract. */
  month: number;
  /** Calendar month (UTC) the row stands for, assuming the contract starts now. */
  calendarMonth: string;
  inContract: boolean;
  /** Index of the contract running (or, after the end, the last one); splits produce several. */
  contractIndex: number;
  netEarnedUsd: number;
  earnings12mUsd: number;
  distinctClientsInWindow: number;
  jssExists: boolean;
  /** Eligible weeks in the rolling window at the end of the month; null without a weeks rule. */
  eligibleWeeks: number | null;
  /** Projected criteria by criterion id: true = holds at the end of this month. */
  criteria: Record<string, boolean>;
  topRated: boolean;
  topRatedPlus: boolean;
  /** Some single contract is above the large-contract threshold with earnings in the last 12 months. */
  largeContract: boolean;
  profilePublic: boolean;
  /** Extra job-weights the current contract earns by being paid at least every N days; null if no such rule. */
  longContractWeight: number | null;
}

export interface Projection {
  split: Split;
  months: MonthProjection[];
  contracts: ContractOutcome[];
  monthlyGrossUsd: number;
  totalGrossUsd: number;
  totalNetUsd: number;
  totalServiceFeeUsd: number;
  largeContractThresholdUsd: number | null;
  /** First month a single contract passes the large-contract threshold, or null. */
  largeContractMonth: number | null;
  /** Whether Top Rated is held now, as the input says. */
  topRatedHeldNow: boolean;
  /** Holders only: last month Top Rated still holds (0: lost in month 1); null when not held now. */
  topRatedKeptUntilMonth: number | null;
  /** First month Top Rated is lost after being held (now, or since it arrived). */
  topRatedLost: { month: number; criterionIds: string[] } | null;
  /** When and whether each status arrives, lasts to the contract's end and after. */
  outlook: { topRated: StatusOutlook; topRatedPlus: StatusOutlook };
  /** Month in which the current score disappears (may lie beyond the table), or null. */
  jssVanishesMonth: number | null;
  /** Month in which a first score could appear, when there is none now. */
  jssAppearsMonth: number | null;
  /** First month the client's own job counts toward the JSS (paid long enough, or ended with feedback). */
  clientJobEligibleMonth: number;
  /** First month without activity for the Top Rated activity rule, if within the table. */
  activityLapsesMonth: number | null;
  profilePrivateMonth: number | null;
  firstEarningsCriterionFailMonth: number | null;
  /** Assumptions the numbers rest on, worded for the reply. */
  assumptions: string[];
}

/**
 * Month by month over the contract and six months after: what the engagement does to 12-month
 * earnings, the Job Success Score's existence, Top Rated, Top Rated Plus and profile visibility.
 * Pure: the same input, rules and `now` give the same projection.
 */
export function projectExclusiveContract(
  input: ExclusiveContractInput,
  rules: ProjectionRules,
  now: Date,
): Projection {
  const contracts = planContracts(input.months, input.split);
  const horizon = input.months + monthsAfterContract;
  const gross = monthlyGrossUsd(input.pay);
  const priorEarnings = input.priorEarningsUsd ?? 0;
  const assumptions: string[] = [];
  const netByMonth = netEarningsByMonth(input, rules);
  const earnedIn = (month: number) => (month >= 1 && month <= input.months ? (netByMonth[month] ?? 0) : 0);
  const threshold = largeContractThreshold(input.category, rules);
  const outcomes = contractOutcomes(contracts, earnedIn, gross, threshold, rules);

  if (input.status === "expert_vetted") {
    assumptions.push(
      "Expert-Vetted is by invitation and is not projected; the table follows the Top Rated criteria as if you held Top Rated.",
    );
  }
  const firstContract = contracts[0] ?? { index: 0, startMonth: 1, endMonth: input.months };
  const jss = projectJss(input, rules, firstContract);
  assumptions.push(...jss.assumptions);

  const daysSinceEarning = (month: number) =>
    month <= input.months ? 0 : (month - input.months) * daysPerMonth;
  const earnings12mAt = (month: number) => {
    let earnings12m = (priorEarnings * Math.max(0, 12 - month)) / 12;
    for (let earnedMonth = Math.max(1, month - 11); earnedMonth <= month; earnedMonth += 1) {
      earnings12m += earnedIn(earnedMonth);
    }
    return earnings12m;
  };
  const facts: MonthFacts[] = [];
  for (let month = 1; month <= horizon; month += 1) {
    facts.push({
      earnings12mUsd: earnings12mAt(month),
      jssExists: jss.existsAt(month),
      daysSinceEarning: daysSinceEarning(month),
      largeContract: largeContractHeld(outcomes, month, input),
    });
  }
  const statuses = projectStatuses(input, rules, facts);
  assumptions.push(...statuses.assumptions);

  // The contract itself pays, so afterwards she counts as a freelancer with an earnings history.
  const privateAfterDays = rules.inactivity.privateAfterDaysEstablished;
  const paymentInterval = rules.jss.longContractPaymentIntervalDays;
  const months: MonthProjection[] = facts.map((fact, index) => {
    const month = index + 1;
    const status = statuses.months[index];
    const runningContract =
      outcomes.find((contract) => contract.startMonth <= month && month <= contract.endMonth) ??
      outcomes.at(-1);
    const paidMonths = runningContract
      ? Math.min(month, runningContract.endMonth) - runningContract.startMonth + 1
      : 0;
    return {
      month,
      calendarMonth: calendarMonth(now, month),
      inContract: month <= input.months,
      contractIndex: runningContract?.index ?? 0,
      netEarnedUsd: round2(earnedIn(month)),
      earnings12mUsd: round2(fact.earnings12mUsd),
      distinctClientsInWindow: jss.clientsInWindow(month),
      jssExists: fact.jssExists,
      eligibleWeeks: status?.eligibleWeeks ?? null,
      criteria: status?.criteria ?? {},
      topRated: status?.topRated ?? false,
      topRatedPlus: status?.topRatedPlus ?? false,
      largeContract: fact.largeContract,
      profilePublic: privateAfterDays === null || fact.daysSinceEarning <= privateAfterDays,
      longContractWeight:
        paymentInterval === null
          ? null
          : Math.min(
              rules.jss.maxLongContractWeight ?? Number.POSITIVE_INFINITY,
              Math.floor((paidMonths * daysPerMonth) / paymentInterval + 1e-9),
            ),
    };
  });

  const topRatedHeldNow = statuses.topRated.heldNow;
  const activityRule = rules.topRated.recentActivityDays;
  const earningsRule = rules.topRated.earnings12m;
  const totalGross = gross * input.months;
  const totalNet = netByMonth.reduce((sum, value) => sum + value, 0);
  if (input.priorEarningsUsd === null) {
    assumptions.push("Earnings before the contract were not given and are taken as $0.");
  }
  assumptions.push(
    "Pay counts net of the service fee, paid monthly, for earnings and the large contract alike.",
  );
  return {
    split: input.split,
    months,
    contracts: outcomes.map((contract) => ({
      ...contract,
      grossUsd: round2(contract.grossUsd),
      netUsd: round2(contract.netUsd),
    })),
    monthlyGrossUsd: round2(gross),
    totalGrossUsd: round2(totalGross),
    totalNetUsd: round2(totalNet),
    totalServiceFeeUsd: round2(totalGross - totalNet),
    largeContractThresholdUsd: threshold,
    largeContractMonth: outcomes.reduce<number | null>(
      (first, contract) =>
        contract.largeFromMonth !== null && (first === null || contract.largeFromMonth < first)
          ? contract.largeFromMonth
          : first,
      null,
    ),
    topRatedHeldNow,
    topRatedKeptUntilMonth: topRatedHeldNow
      ? months.reduce((last, row) => (row.topRated ? row.month : last), 0)
      : null,
    topRatedLost: statuses.topRated.lost,
    outlook: { topRated: statuses.topRated, topRatedPlus: statuses.topRatedPlus },
    jssVanishesMonth:
      input.jss === null
        ? null
        : firstMonth(1, input.months + rules.jss.windowMonths, (m) => !jss.existsAt(m)),
    jssAppearsMonth: input.jss === null ? firstMonth(1, horizon, jss.existsAt) : null,
    clientJobEligibleMonth: jss.clientCountsFromStart ? 0 : jss.clientJobEligibleFrom,
    activityLapsesMonth:
      activityRule === null
        ? null
        : firstMonth(1, horizon, (m) => !meetsThreshold(daysSinceEarning(m), activityRule)),
    profilePrivateMonth: months.find((row) => !row.profilePublic)?.month ?? null,
    firstEarningsCriterionFailMonth:
      earningsRule === null
        ? null
        : firstMonth(1, horizon, (m) => !meetsThreshold(facts[m - 1]?.earnings12mUsd ?? 0, earningsRule)),
    assumptions,
  };
}

function firstMonth(from: number, to: number, test: (month: number) => boolean): number | null {
  for (let month = from; month <= to; month += 1) if (test(month)) return month;
  return null;
}

function calendarMonth(now: Date, offset: number): string {
  // Month 1 is the month the contract starts, i.e. the current one.
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset - 1, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
