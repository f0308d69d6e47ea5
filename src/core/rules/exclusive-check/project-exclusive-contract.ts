import {
  daysPerMonth,
  type ExclusiveContractInput,
  monthlyGrossUsd,
  type Split,
} from "./exclusive-contract-input.js";
import { netOfServiceFee } from "./net-of-service-fee.js";
import { type PlannedContract, planContracts } from "./plan-contracts.js";
import { meetsThreshold, type ProjectedThreshold, type ProjectionRules } from "./projection-rules.js";

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

export interface ContractOutcome extends PlannedContract {
  grossUsd: number;
  netUsd: number;
  /** First month this contract's own earnings pass the large-contract threshold, or null. */
  largeFromMonth: number | null;
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
  /** Status holders only: whether Top Rated is held now, as the input says. */
  topRatedHeldNow: boolean;
  /** Last month Top Rated still holds (0: lost in month 1); null when not held now. */
  topRatedKeptUntilMonth: number | null;
  topRatedLost: { month: number; criterionIds: string[] } | null;
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

  // Net earnings per contract month, with any sliding fee tier applied to lifetime billings with this client.
  const netByMonth: number[] = [0];
  let billed = 0;
  for (let month = 1; month <= input.months; month += 1) {
    netByMonth.push(netOfServiceFee(gross, billed, rules.serviceFeePercent, rules.serviceFeeTiers));
    billed += gross;
  }
  const earnedIn = (month: number) => (month >= 1 && month <= input.months ? (netByMonth[month] ?? 0) : 0);

  const threshold = largeContractThreshold(input.category, rules);
  const contractOutcomes: ContractOutcome[] = contracts.map((contract) => {
    let cumulative = 0;
    let largeFromMonth: number | null = null;
    for (let month = contract.startMonth; month <= contract.endMonth; month += 1) {
      cumulative += earnedIn(month);
      if (largeFromMonth === null && threshold !== null && rules.topRatedPlus.largeContract) {
        if (
          meetsThreshold(cumulative, {
            comparison: rules.topRatedPlus.largeContract.comparison,
            value: threshold,
          })
        ) {
          largeFromMonth = month;
        }
      }
    }
    const contractGross = gross * (contract.endMonth - contract.startMonth + 1);
    return { ...contract, grossUsd: contractGross, netUsd: cumulative, largeFromMonth };
  });

  const holdsTopRatedNow =
    rules.topRated.defined &&
    (input.status === "top_rated" ||
      input.status === "top_rated_plus" ||
      (input.status === "expert_vetted" && input.jss !== null));
  if (input.status === "expert_vetted") {
    assumptions.push(
      "Expert-Vetted is by invitation and is not projected; the table follows the Top Rated criteria as if you held Top Rated.",
    );
  }

  // The JSS needs eligible jobs with enough distinct clients inside its window.
  const paymentInterval = rules.jss.longContractPaymentIntervalDays;
  const firstContract = contracts[0] ?? { index: 0, startMonth: 1, endMonth: input.months };
  const paidLongEnoughMonth =
    paymentInterval === null ? null : Math.ceil(paymentInterval / daysPerMonth - 1e-9);
  const clientJobEligibleFrom = Math.min(
    firstContract.endMonth,
    paidLongEnoughMonth ?? firstContract.endMonth,
  );
  // A score with fewer other clients than the minimum means this client already has a counted job.
  const clientCountsFromStart = input.jss !== null && input.otherClients < rules.jss.minDistinctClients;
  if (clientCountsFromStart) {
    assumptions.push(
      `You have a score with ${input.otherClients} other client(s), so this client is taken to have an earlier eligible job with you.`,
    );
  }
  const clientsInWindow = (month: number) => {
    const others =
      input.lastOtherJobMonths !== null && input.lastOtherJobMonths + month < rules.jss.windowMonths
        ? input.otherClients
        : 0;
    const clientCounts = clientCountsFromStart || month >= clientJobEligibleFrom;
    return others + (clientCounts ? 1 : 0);
  };
  const jssExistsAt = (month: number) => {
    const enoughClients = clientsInWindow(month) >= rules.jss.minDistinctClients;
    if (input.jss !== null) return enoughClients;
    // No score now: one can only appear through this client's new job joining the others.
    return enoughClients && month >= clientJobEligibleFrom;
  };

  const holdsProjected = (threshold: ProjectedThreshold | null, value: number) =>
    threshold === null || meetsThreshold(value, threshold);
  const daysSinceEarning = (month: number) =>
    month <= input.months ? 0 : (month - input.months) * daysPerMonth;
  // The contract itself pays, so afterwards she counts as a freelancer with an earnings history.
  const privateAfterDays = rules.inactivity.privateAfterDaysEstablished;

  const months: MonthProjection[] = [];
  let topRatedSoFar = holdsTopRatedNow;
  let topRatedLost: Projection["topRatedLost"] = null;
  for (let month = 1; month <= horizon; month += 1) {
    let earnings12m = (priorEarnings * Math.max(0, 12 - month)) / 12;
    for (let earnedMonth = Math.max(1, month - 11); earnedMonth <= month; earnedMonth += 1) {
      earnings12m += earnedIn(earnedMonth);
    }
    const jssExists = jssExistsAt(month);
    const jssValueHolds =
      jssExists && input.jss !== null && holdsProjected(rules.topRated.jssCurrent, input.jss);
    const criteria: Record<string, boolean> = {};
    const topRatedRules = rules.topRated;
    if (topRatedRules.jssCurrent) criteria[topRatedRules.jssCurrent.criterionId] = jssValueHolds;
    // Assumes the score stays where it is: every week counts while it exists, none once it is gone.
    if (topRatedRules.jssWeeks) criteria[topRatedRules.jssWeeks.criterionId] = jssValueHolds;
    if (topRatedRules.earnings12m) {
      criteria[topRatedRules.earnings12m.criterionId] = meetsThreshold(
        earnings12m,
        topRatedRules.earnings12m,
      );
    }
    if (topRatedRules.recentActivityDays) {
      criteria[topRatedRules.recentActivityDays.criterionId] = meetsThreshold(
        daysSinceEarning(month),
        topRatedRules.recentActivityDays,
      );
    }
    const failing = Object.entries(criteria)
      .filter(([, holds]) => !holds)
      .map(([id]) => id);
    // Once lost, Top Rated needs 13 eligible weeks again; the table does not model regaining it.
    if (topRatedSoFar && failing.length > 0) {
      topRatedSoFar = false;
      topRatedLost = { month, criterionIds: failing };
    }

    const largeContract =
      contractOutcomes.some(
        (contract) =>
          contract.largeFromMonth !== null &&
          contract.largeFromMonth <= month &&
          Math.min(month, contract.endMonth) >= month - 11,
      ) ||
      // A current Top Rated Plus holder's earlier large contract ended as this one began.
      (input.status === "top_rated_plus" && month <= 11);
    const plusRules = rules.topRatedPlus;
    if (plusRules.earnings12m)
      criteria[plusRules.earnings12m.criterionId] = meetsThreshold(earnings12m, plusRules.earnings12m);
    if (plusRules.largeContract) criteria[plusRules.largeContract.criterionId] = largeContract;
    const topRatedPlus =
      plusRules.defined &&
      topRatedSoFar &&
      holdsProjected(plusRules.earnings12m, earnings12m) &&
      (plusRules.largeContract === null || largeContract);

    const runningContract =
      contractOutcomes.find((contract) => contract.startMonth <= month && month <= contract.endMonth) ??
      contractOutcomes.at(-1);
    const paidMonths = runningContract
      ? Math.min(month, runningContract.endMonth) - runningContract.startMonth + 1
      : 0;
    const longContractWeight =
      paymentInterval === null
        ? null
        : Math.min(
            rules.jss.maxLongContractWeight ?? Number.POSITIVE_INFINITY,
            Math.floor((paidMonths * daysPerMonth) / paymentInterval + 1e-9),
          );

    months.push({
      month,
      calendarMonth: calendarMonth(now, month),
      inContract: month <= input.months,
      contractIndex: runningContract?.index ?? 0,
      netEarnedUsd: round2(earnedIn(month)),
      earnings12mUsd: round2(earnings12m),
      distinctClientsInWindow: clientsInWindow(month),
      jssExists,
      criteria,
      topRated: topRatedSoFar,
      topRatedPlus,
      largeContract,
      profilePublic: privateAfterDays === null || daysSinceEarning(month) <= privateAfterDays,
      longContractWeight,
    });
  }

  const topRatedKeptUntilMonth = holdsTopRatedNow
    ? months.reduce((last, row) => (row.topRated ? row.month : last), 0)
    : null;
  const activityRule = rules.topRated.recentActivityDays;
  const earningsRule = rules.topRated.earnings12m;
  const totalGross = gross * input.months;
  const totalNet = netByMonth.reduce((sum, value) => sum + value, 0);
  if (input.priorEarningsUsd === null) {
    assumptions.push("Earnings before the contract were not given and are taken as $0.");
  }
  assumptions.push(
    "Pay is counted net of the service fee and as paid each month; the large-contract size is counted the same way.",
  );
  return {
    split: input.split,
    months,
    contracts: contractOutcomes.map((contract) => ({
      ...contract,
      grossUsd: round2(contract.grossUsd),
      netUsd: round2(contract.netUsd),
    })),
    monthlyGrossUsd: round2(gross),
    totalGrossUsd: round2(totalGross),
    totalNetUsd: round2(totalNet),
    totalServiceFeeUsd: round2(totalGross - totalNet),
    largeContractThresholdUsd: threshold,
    largeContractMonth: contractOutcomes.reduce<number | null>(
      (first, contract) =>
        contract.largeFromMonth !== null && (first === null || contract.largeFromMonth < first)
          ? contract.largeFromMonth
          : first,
      null,
    ),
    topRatedHeldNow: holdsTopRatedNow,
    topRatedKeptUntilMonth,
    topRatedLost,
    jssVanishesMonth:
      input.jss === null
        ? null
        : firstMonth(1, input.months + rules.jss.windowMonths, (m) => !jssExistsAt(m)),
    jssAppearsMonth: input.jss === null ? firstMonth(1, horizon, jssExistsAt) : null,
    clientJobEligibleMonth: clientCountsFromStart ? 0 : clientJobEligibleFrom,
    activityLapsesMonth:
      activityRule === null
        ? null
        : firstMonth(1, horizon, (m) => !meetsThreshold(daysSinceEarning(m), activityRule)),
    profilePrivateMonth: months.find((row) => !row.profilePublic)?.month ?? null,
    firstEarningsCriterionFailMonth:
      earningsRule === null
        ? null
        : (months.find((row) => !row.criteria[earningsRule.criterionId])?.month ?? null),
    assumptions,
  };
}

export function largeContractThreshold(category: string | null, rules: ProjectionRules): number | null {
  const table = rules.largeContractThresholdUsd;
  if (!table) return null;
  return (category !== null ? table.byCategory[category] : undefined) ?? table.default;
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
