/**
 * The 13-of-16-weeks rule counts good weeks (JSS at or above 90%) in a window that moves one week
 * at a time: each new week pushes the oldest one out, so the count only rises when a bad week
 * leaves the window. These helpers simulate that window.
 */

/** A week history as given by members: one character per week, oldest first, "1" = good week. */
export const weekHistoryPattern = /^[01]+$/;

export function countGoodWeeks(history: string): number {
  let count = 0;
  for (const week of history) if (week === "1") count += 1;
  return count;
}

/**
 * The fewest future weeks until the last `windowWeeks` weeks hold at least `neededGoodWeeks`
 * good ones, assuming every future week is good. 0 when the window already qualifies; null when
 * it never can (more weeks needed than the window holds).
 */
export function weeksUntilWindowReaches(
  history: string,
  neededGoodWeeks: number,
  windowWeeks: number,
): number | null {
  if (neededGoodWeeks > windowWeeks) return null;
  // Weeks before the window are irrelevant; a shorter history means the earlier weeks were not good.
  const window = history.slice(-windowWeeks).padStart(windowWeeks, "0");
  for (let futureWeeks = 0; futureWeeks <= windowWeeks; futureWeeks += 1) {
    const shifted = window.slice(futureWeeks) + "1".repeat(futureWeeks);
    if (countGoodWeeks(shifted) >= neededGoodWeeks) return futureWeeks;
  }
  return null;
}

/**
 * The best case when only the count is known: the bad weeks are the oldest ones, so every future
 * good week replaces a bad one.
 */
export function bestCaseWeeksUntil(
  goodWeeks: number,
  neededGoodWeeks: number,
  windowWeeks: number,
): number | null {
  if (neededGoodWeeks > windowWeeks) return null;
  return Math.max(0, Math.ceil(neededGoodWeeks - Math.min(goodWeeks, windowWeeks)));
}
