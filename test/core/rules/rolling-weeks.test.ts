import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bestCaseWeeksUntil,
  countGoodWeeks,
  weeksUntilWindowReaches,
} from "../../../src/core/rules/rolling-weeks.js";

describe("weeksUntilWindowReaches (13 of the last 16 weeks, oldest week first)", () => {
  it.each([
    ["1111111111111111", 0],
    ["0001111111111111", 0],
    ["0000111111111111", 1],
    ["0000000000000000", 13],
    // Good weeks at the front leave the window first, so the count stays at 12 until the
    // four recent bad weeks age out: 12 weeks of treading water, then the 13th.
    ["1111111111110000", 13],
    ["1010101010101010", 10],
    ["0101010101010101", 9],
    ["1111111111101111", 0],
    ["0111011101110111", 1],
  ])("%s reaches 13 in %i weeks", (history, expected) => {
    expect(weeksUntilWindowReaches(history, 13, 16)).toBe(expected);
  });

  it("matches a step-by-step simulation of the rolling window", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[01]{16}$/), (history) => {
        const eta = weeksUntilWindowReaches(history, 13, 16);
        let window = history;
        let weeks = 0;
        while (countGoodWeeks(window) < 13) {
          window = `${window.slice(1)}1`;
          weeks += 1;
        }
        expect(eta).toBe(weeks);
        // Never slower than the count-only best case would have promised, never beyond 13 weeks.
        expect(eta).toBeGreaterThanOrEqual(bestCaseWeeksUntil(countGoodWeeks(history), 13, 16) ?? 0);
        expect(eta).toBeLessThanOrEqual(13);
      }),
    );
  });

  it("cannot reach more good weeks than the window holds", () => {
    expect(weeksUntilWindowReaches("1111111111111111", 17, 16)).toBeNull();
    expect(bestCaseWeeksUntil(16, 17, 16)).toBeNull();
  });
});

describe("bestCaseWeeksUntil", () => {
  it.each([
    [16, 0],
    [13, 0],
    [12, 1],
    [9, 4],
    [0, 13],
  ])("%i good weeks need %i more", (good, expected) => {
    expect(bestCaseWeeksUntil(good, 13, 16)).toBe(expected);
  });
});
