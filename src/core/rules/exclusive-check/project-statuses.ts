import { assessFactCriterion } from "../eligibility/assess-criterion.js";
import { isDecidedByOthers } from "../eligibility/eligibility-input.js";
import { optionForMissing } from "../eligibility/eligibility-options.js";
import { joinWords } from "../join-words.js";
import type { Criterion } from "../ruleset-schema.js";
import { daysPerMonth, type ExclusiveContractInput } from "./exclusive-contract-input.js";
import { projectEligibleWeeks, type StartingWindow, startingWindow } from "./project-eligible-weeks.js";
import { meetsThreshold, type ProjectedThreshold, type ProjectionRules } from "./projection-rules.js";

/** What the rest of the projection knows about one month, which the status rules are checked against. */
export interface MonthFacts {
  earnings12mUsd: number;
  jssExists: boolean;
  daysSinceEarning: number;
  largeContract: boolean;
}

/** Top Rated or Top Rated Plus over the table: held now, gained, lost, and on what it rests. */
export interface StatusOutlook {
  heldNow: boolean;
  /** First month it arrives when not held now; null when it does not arrive within the table. */
  gainedMonth: number | null;
  /** First month it is lost after being held, and the criteria that failed then. */
  lost: { month: number; criterionIds: string[] } | null;
  heldAtContractEnd: boolean;
  heldAtTableEnd: boolean;
  /** When it is never held: the criteria failing in the month that came closest (fewest failing). */
  blockedBy: string[];
  /** Criteria taken as met because she did not state them. */
  assumedCriterionIds: string[];
}

export interface StatusMonth {
  /** Projected criteria by id: true = holds at the end of the month. */
  criteria: Record<string, boolean>;
  eligibleWeeks: number | null;
  topRated: boolean;
  topRatedPlus: boolean;
}

export interface StatusTimeline {
  months: StatusMonth[];
  topRated: StatusOutlook;
  topRatedPlus: StatusOutlook;
  assumptions: string[];
}

/** Whether she holds Top Rated now, as her status says (Expert-Vetted with a score is taken as holding it). */
export function holdsTopRatedNow(input: ExclusiveContractInput, rules: ProjectionRules): boolean {
  return (
    rules.topRated.defined &&
    (input.status === "top_rated" ||
      input.status === "top_rated_plus" ||
      (input.status === "expert_vetted" && input.jss !== null))
  );
}

/**
 * Month by month, which Top Rated and Top Rated Plus criteria hold, and so when each status arrives
 * and goes. Criteria that follow the contract (score, eligible weeks, earnings, activity, first
 * contract age) are projected; the rest are checked once against what she said and held constant.
 * Once lost, Top Rated stays lost in the table: every failure it models (score gone, activity
 * lapsed, earnings rolled off) lasts to its end, and regaining needs 13 eligible weeks again.
 */
export function projectStatuses(
  input: ExclusiveContractInput,
  rules: ProjectionRules,
  facts: readonly MonthFacts[],
): StatusTimeline {
  const horizon = facts.length;
  const factAt = (month: number) => facts[month - 1] as MonthFacts;
  const tr = rules.topRated;
  const plus = rules.topRatedPlus;
  const heldNow = holdsTopRatedNow(input, rules);
  const canGain = !heldNow && tr.defined && input.jss !== null;
  const assumptions: string[] = [];

  const jssHolds = (month: number) =>
    factAt(month).jssExists && input.jss !== null && holds(tr.jssCurrent, input.jss);
  const weeksRule = tr.jssWeeks;
  const holdsCountedStatus =
    weeksRule?.countsWeeksHolding != null && input.status === weeksRule.countsWeeksHolding;
  const start = weeksRule ? startingWindow(input.progress, weeksRule.windowWeeks, heldNow) : null;
  const weeks =
    weeksRule && start
      ? projectEligibleWeeks(
          start.window,
          weeksRule.windowWeeks,
          horizon,
          (m) => jssHolds(m) || holdsCountedStatus,
        )
      : null;
  const firstContractDays = input.progress.firstContractDays;
  const trConstant = checkHeldConstant(tr.heldConstant, input);
  const plusConstant = checkHeldConstant(plus.heldConstant, input);
  // Holding a status now implies meeting its criteria now; only a status still to come rests on
  // facts she did not state.
  const plusHeldNow = heldNow && input.status === "top_rated_plus";
  const trAssumed = canGain ? [...trConstant.assumed] : [];
  if (canGain && tr.firstContractAge && firstContractDays === undefined) {
    trAssumed.push(tr.firstContractAge.criterionId);
  }
  const plusAssumed = plus.defined && !plusHeldNow && (canGain || heldNow) ? plusConstant.assumed : [];

  const months: StatusMonth[] = [];
  const topRatedFailing: string[][] = [];
  let topRated = heldNow;
  let topRatedEverLost = false;
  let topRatedPlus = false;
  for (let month = 1; month <= horizon; month += 1) {
    const fact = factAt(month);
    const criteria: Record<string, boolean> = {};
    if (tr.jssCurrent) criteria[tr.jssCurrent.criterionId] = jssHolds(month);
    if (weeksRule && weeks) criteria[weeksRule.criterionId] = meetsThreshold(weeks[month] ?? 0, weeksRule);
    if (tr.earnings12m)
      criteria[tr.earnings12m.criterionId] = meetsThreshold(fact.earnings12mUsd, tr.earnings12m);
    if (tr.recentActivityDays) {
      criteria[tr.recentActivityDays.criterionId] = meetsThreshold(
        fact.daysSinceEarning,
        tr.recentActivityDays,
      );
    }
    if (tr.firstContractAge && firstContractDays !== undefined) {
      criteria[tr.firstContractAge.criterionId] = meetsThreshold(
        firstContractDays + month * daysPerMonth,
        tr.firstContractAge,
      );
    }
    const failing = [...failingIds(criteria), ...trConstant.failing];
    topRatedFailing.push(failing);
    if (topRated && failing.length > 0) {
      topRated = false;
      topRatedEverLost = true;
    } else if (!topRated && !topRatedEverLost && canGain && failing.length === 0) {
      topRated = true;
    }

    if (plus.earnings12m)
      criteria[plus.earnings12m.criterionId] = meetsThreshold(fact.earnings12mUsd, plus.earnings12m);
    if (plus.largeContract) criteria[plus.largeContract.criterionId] = fact.largeContract;
    topRatedPlus =
      plus.defined &&
      topRated &&
      holds(plus.earnings12m, fact.earnings12mUsd) &&
      (plus.largeContract === null || fact.largeContract) &&
      plusConstant.failing.length === 0;
    months.push({ criteria, eligibleWeeks: weeks?.[month] ?? null, topRated, topRatedPlus });
  }

  if (weeksRule && start && (canGain || heldNow)) assumptions.push(weeksAssumption(start.source));
  if (canGain || heldNow) {
    assumptions.push(`Your score stays at ${input.jss}% while you have one.`);
  }
  if (holdsCountedStatus && canGain) {
    assumptions.push(
      "You are taken to keep Rising Talent until Top Rated arrives; its weeks count toward the 13 of 16.",
    );
  }
  const conditions = [...trAssumed, ...plusAssumed];
  if (conditions.length > 0) assumptions.push(assumedCriteriaSentence(conditions, rules));

  return {
    months,
    topRated: outlookOf(
      months.map((row) => row.topRated),
      heldNow,
      input.months,
      (month) => topRatedFailing[month - 1] ?? [],
      trAssumed,
    ),
    topRatedPlus: outlookOf(
      months.map((row) => row.topRatedPlus),
      plusHeldNow,
      input.months,
      (month) => plusFailing(months[month - 1], rules, plusConstant.failing),
      [...trAssumed, ...plusAssumed],
    ),
    assumptions,
  };
}

function holds(threshold: ProjectedThreshold | null, value: number): boolean {
  return threshold === null || meetsThreshold(value, threshold);
}

function failingIds(criteria: Record<string, boolean>): string[] {
  return Object.entries(criteria)
    .filter(([, met]) => !met)
    .map(([id]) => id);
}

/** The criteria Top Rated Plus fails in a month: Top Rated itself, then its own. */
function plusFailing(
  row: StatusMonth | undefined,
  rules: ProjectionRules,
  constantFailing: readonly string[],
): string[] {
  if (!row) return [];
  const plus = rules.topRatedPlus;
  const own = [plus.earnings12m?.criterionId, plus.largeContract?.criterionId].filter(
    (id): id is string => id !== undefined && row.criteria[id] === false,
  );
  return [...(row.topRated ? [] : [plus.topRatedCriterionId]), ...own, ...constantFailing];
}

/** The criteria held constant, checked once with the /eligibility calculator against what she said. */
function checkHeldConstant(
  criteria: readonly Criterion[],
  input: ExclusiveContractInput,
): { failing: string[]; assumed: string[] } {
  const failing: string[] = [];
  const assumed: string[] = [];
  for (const criterion of criteria) {
    const outcome = assessFactCriterion(criterion, input.progress);
    if (outcome.kind === "unmet") failing.push(criterion.id);
    // A fact the table cannot ask for (a status, an invitation) is taken as met, and said so.
    else if (outcome.kind === "assumed" || outcome.kind === "unknown") assumed.push(criterion.id);
  }
  return { failing, assumed };
}

function outlookOf(
  held: readonly boolean[],
  heldNow: boolean,
  contractMonths: number,
  failingIn: (month: number) => string[],
  assumedCriterionIds: string[],
): StatusOutlook {
  const gainedIndex = heldNow ? -1 : held.indexOf(true);
  const firstHeld = heldNow ? 0 : gainedIndex;
  const lostIndex = firstHeld < 0 ? -1 : held.findIndex((value, index) => index > firstHeld && !value);
  const lostAtStart = heldNow && held[0] === false;
  const lostMonth = lostAtStart ? 1 : lostIndex >= 0 ? lostIndex + 1 : null;
  return {
    heldNow,
    gainedMonth: gainedIndex >= 0 ? gainedIndex + 1 : null,
    lost: lostMonth === null ? null : { month: lostMonth, criterionIds: failingIn(lostMonth) },
    heldAtContractEnd: held[contractMonths - 1] === true,
    heldAtTableEnd: held.at(-1) === true,
    blockedBy: !heldNow && gainedIndex < 0 ? failingIn(closestMonth(held.length, failingIn)) : [],
    assumedCriterionIds,
  };
}

function closestMonth(horizon: number, failingIn: (month: number) => string[]): number {
  let best = 1;
  for (let month = 2; month <= horizon; month += 1) {
    if (failingIn(month).length < failingIn(best).length) best = month;
  }
  return best;
}

function weeksAssumption(source: StartingWindow["source"]): string {
  switch (source) {
    case "history":
      return "Eligible weeks follow your `history` week by week.";
    case "count":
      return "Your bad weeks are taken as the oldest ones (a best case; `history` is exact).";
    case "assumed-full":
      return "You hold Top Rated, so all of your last 16 weeks are taken as eligible; give `weeks` or `history` for your count.";
    case "assumed-empty":
      return "No eligible weeks are counted before the contract: give `weeks` or `history` if you already have some.";
  }
}

function assumedCriteriaSentence(ids: readonly string[], rules: ProjectionRules): string {
  const criteria = [...rules.topRated.heldConstant, ...rules.topRatedPlus.heldConstant];
  const conditions = ids.map((id) => rules.conditions[id] ?? id);
  const options = [
    ...new Set(
      ids.flatMap((id) => {
        if (id === rules.topRated.firstContractAge?.criterionId) return ["first_contract_days"];
        const criterion = criteria.find((candidate) => candidate.id === id);
        if (!criterion || isDecidedByOthers(criterion.measure)) return [];
        return id.startsWith("top_rated_plus.") ? [] : [optionForMissing[criterion.measure]];
      }),
    ),
  ];
  const state =
    options.length > 0 ? ` Add ${options.map((option) => `\`${option}\``).join(", ")} to check.` : "";
  return `Taken as met, as you did not say: ${joinWords(conditions)}.${state}`;
}
