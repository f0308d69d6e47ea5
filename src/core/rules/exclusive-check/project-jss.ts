import { daysPerMonth, type ExclusiveContractInput } from "./exclusive-contract-input.js";
import type { PlannedContract } from "./plan-contracts.js";
import type { ProjectionRules } from "./projection-rules.js";

/** Whether a Job Success Score exists month by month: it needs eligible jobs with enough clients. */
export interface JssOutlook {
  /** First month the client's own job counts (paid long enough, or ended with feedback). */
  clientJobEligibleFrom: number;
  /** A score with too few other clients means this client already has a counted job. */
  clientCountsFromStart: boolean;
  clientsInWindow: (month: number) => number;
  existsAt: (month: number) => boolean;
  assumptions: string[];
}

export function projectJss(
  input: ExclusiveContractInput,
  rules: ProjectionRules,
  firstContract: PlannedContract,
): JssOutlook {
  const assumptions: string[] = [];
  const paymentInterval = rules.jss.longContractPaymentIntervalDays;
  const paidLongEnoughMonth =
    paymentInterval === null ? null : Math.ceil(paymentInterval / daysPerMonth - 1e-9);
  const clientJobEligibleFrom = Math.min(
    firstContract.endMonth,
    paidLongEnoughMonth ?? firstContract.endMonth,
  );
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
  const existsAt = (month: number) => {
    const enoughClients = clientsInWindow(month) >= rules.jss.minDistinctClients;
    if (input.jss !== null) return enoughClients;
    // No score now: one can only appear through this client's new job joining the others.
    return enoughClients && month >= clientJobEligibleFrom;
  };
  return { clientJobEligibleFrom, clientCountsFromStart, clientsInWindow, existsAt, assumptions };
}
