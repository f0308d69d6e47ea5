import { describe, expect, it } from "vitest";
import {
  compareStrategies,
  type StrategyOutcome,
} from "../../../../src/core/rules/exclusive-check/compare-strategies.js";
import type {
  ExclusiveContractInput,
  Split,
} from "../../../../src/core/rules/exclusive-check/exclusive-contract-input.js";
import { current, now, rulesFor, scenario } from "./scenario.js";

type Row = Pick<StrategyOutcome, "split" | "largeContractMonth" | "reviews" | "extraFeesUsd">;

const cases: {
  name: string;
  input: ExclusiveContractInput;
  rows: Row[];
  recommended: Split;
  reason: string;
  /** Each option's own verdict, none / quarterly / monthly. */
  verdicts: string[];
}[] = [
  {
    name: "$30 x 40 h for 12 months, $10,000 line: one contract passes in month 3, monthly never",
    input: scenario(),
    rows: [
      { split: "none", largeContractMonth: 3, reviews: 1, extraFeesUsd: 0 },
      { split: "quarterly", largeContractMonth: 3, reviews: 4, extraFeesUsd: 44.97 },
      { split: "monthly", largeContractMonth: null, reviews: 12, extraFeesUsd: 164.89 },
    ],
    recommended: "none",
    reason: "large-contract-earlier",
    verdicts: ["recommended", "workable", "not-advised"],
  },
  {
    name: "a score under 90 on a long engagement tips the tie to quarterly contracts",
    input: scenario({ jss: 85 }),
    rows: [
      { split: "none", largeContractMonth: 3, reviews: 1, extraFeesUsd: 0 },
      { split: "quarterly", largeContractMonth: 3, reviews: 4, extraFeesUsd: 44.97 },
      { split: "monthly", largeContractMonth: null, reviews: 12, extraFeesUsd: 164.89 },
    ],
    recommended: "quarterly",
    reason: "more-rated-outcomes",
    verdicts: ["workable", "recommended", "not-advised"],
  },
  {
    name: "web development ($15,000 line): quarterly contracts of $14,040 never pass it",
    input: scenario({ category: "web-mobile-software", jss: 85 }),
    rows: [
      { split: "none", largeContractMonth: 4, reviews: 1, extraFeesUsd: 0 },
      { split: "quarterly", largeContractMonth: null, reviews: 4, extraFeesUsd: 44.97 },
      { split: "monthly", largeContractMonth: null, reviews: 12, extraFeesUsd: 164.89 },
    ],
    recommended: "none",
    reason: "large-contract-earlier",
    verdicts: ["recommended", "not-advised", "not-advised"],
  },
  {
    name: "a short, small contract: no split reaches the line, so one contract is enough",
    input: scenario({
      months: 2,
      pay: { kind: "hourly", rateUsd: 50, hoursPerWeek: 10 },
      lastOtherJobMonths: 3,
    }),
    rows: [
      { split: "none", largeContractMonth: null, reviews: 1, extraFeesUsd: 0 },
      { split: "quarterly", largeContractMonth: null, reviews: 1, extraFeesUsd: 0 },
      { split: "monthly", largeContractMonth: null, reviews: 2, extraFeesUsd: 14.99 },
    ],
    recommended: "none",
    reason: "one-contract-is-enough",
    verdicts: ["recommended", "workable", "workable"],
  },
  {
    name: "13 months quarterly: the last short quarter is a fifth contract and review",
    input: scenario({ months: 13 }),
    rows: [
      { split: "none", largeContractMonth: 3, reviews: 1, extraFeesUsd: 0 },
      { split: "quarterly", largeContractMonth: 3, reviews: 5, extraFeesUsd: 59.96 },
      { split: "monthly", largeContractMonth: null, reviews: 13, extraFeesUsd: 179.88 },
    ],
    recommended: "none",
    reason: "large-contract-earlier",
    verdicts: ["recommended", "workable", "not-advised"],
  },
];

describe("compareStrategies", () => {
  it.each(cases)("$name", ({ input, rows, recommended, reason, verdicts }) => {
    const comparison = compareStrategies(input, current, now);
    expect(
      comparison.outcomes.map(({ split, largeContractMonth, reviews, extraFeesUsd }) => ({
        split,
        largeContractMonth,
        reviews,
        extraFeesUsd,
      })),
    ).toEqual(rows);
    expect(comparison.recommended).toBe(recommended);
    expect(comparison.reason.kind).toBe(reason);
    expect(comparison.verdicts.map((verdict) => verdict.verdict)).toEqual(verdicts);
  });

  it("argues against an option only with that option's numbers", () => {
    const { verdicts } = compareStrategies(scenario(), current, now);
    const quarterly = verdicts.find((verdict) => verdict.split === "quarterly");
    // Quarterly passes the large-contract line in month 3, as one contract does: monthly's "never" is not its reason.
    expect(quarterly?.for).toContainEqual({ code: "large-contract", month: 3 });
    expect(quarterly?.against.map((reason) => reason.code)).not.toContain("no-large-contract");
    const monthly = verdicts.find((verdict) => verdict.split === "monthly");
    expect(monthly?.against[0]).toMatchObject({ code: "no-large-contract", thresholdUsd: 10000 });
  });

  it("shows what splitting does to the JSS: the same vanishing month, no long-contract weight for monthly contracts", () => {
    const { outcomes } = compareStrategies(scenario(), current, now);
    expect(outcomes.map((outcome) => outcome.jssVanishesMonth)).toEqual([4, 4, 4]);
    expect(outcomes.map((outcome) => outcome.maxLongContractWeight)).toEqual([4, 1, 0]);
  });

  it("prices the worst case of a new fee percentage on every later contract", () => {
    const { outcomes } = compareStrategies(scenario(), current, now);
    // Nine months of $5,200 in later quarterly contracts at 15% instead of 10%.
    expect(outcomes.find((outcome) => outcome.split === "quarterly")?.feeResetExposureUsd).toBe(2340);
    expect(outcomes.find((outcome) => outcome.split === "none")?.feeResetExposureUsd).toBe(0);
  });

  it("under the 2016 rules splitting changes neither fees nor the (absent) large contract", () => {
    const { outcomes } = compareStrategies(scenario(), rulesFor("2016-top-rated"), now);
    expect(outcomes.map((outcome) => [outcome.largeContractMonth, outcome.extraFeesUsd])).toEqual([
      [null, 0],
      [null, 0],
      [null, 0],
    ]);
  });
});
