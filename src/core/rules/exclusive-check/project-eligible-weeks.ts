import { countGoodWeeks } from "../rolling-weeks.js";
import { weeksPerMonth } from "./exclusive-contract-input.js";

/** Whole weeks elapsed by the end of a projected month (a week counts once it is complete). */
export function weeksByEndOf(month: number): number {
  return Math.floor(month * weeksPerMonth + 1e-9);
}

/**
 * The eligible-week count at the end of each projected month (index 0 = today), rolling the
 * window forward one week at a time: a week of month m is eligible when `eligibleIn(m)` says so,
 * and each new week pushes the oldest one out.
 */
export function projectEligibleWeeks(
  window: string,
  windowWeeks: number,
  horizonMonths: number,
  eligibleIn: (month: number) => boolean,
): number[] {
  let weeks = window.slice(-windowWeeks).padStart(windowWeeks, "0");
  const counts = [countGoodWeeks(weeks)];
  for (let month = 1; month <= horizonMonths; month += 1) {
    const newWeeks = weeksByEndOf(month) - weeksByEndOf(month - 1);
    weeks = (weeks + (eligibleIn(month) ? "1" : "0").repeat(newWeeks)).slice(-windowWeeks);
    counts.push(countGoodWeeks(weeks));
  }
  return counts;
}

/** Where the window starts, and whether that was given or assumed. */
export interface StartingWindow {
  window: string;
  source: "history" | "count" | "assumed-full" | "assumed-empty";
}

/**
 * The window today: the exact history if given; from a bare count, the best case (the bad weeks
 * are the oldest, as /eligibility assumes); with neither, full for a holder of the badge (she has
 * at least 13) and empty otherwise.
 */
export function startingWindow(
  given: { weekHistory?: string | undefined; eligibleWeeks?: number | undefined },
  windowWeeks: number,
  holdsTopRated: boolean,
): StartingWindow {
  if (given.weekHistory !== undefined) return { window: given.weekHistory, source: "history" };
  if (given.eligibleWeeks !== undefined) {
    const good = Math.min(windowWeeks, given.eligibleWeeks);
    return { window: "0".repeat(windowWeeks - good) + "1".repeat(good), source: "count" };
  }
  return holdsTopRated
    ? { window: "1".repeat(windowWeeks), source: "assumed-full" }
    : { window: "0".repeat(windowWeeks), source: "assumed-empty" };
}
