import { describe, expect, it } from "vitest";
import type { ExclusiveContractInput } from "../../../../src/core/rules/exclusive-check/exclusive-contract-input.js";
import {
  type Projection,
  projectExclusiveContract,
} from "../../../../src/core/rules/exclusive-check/project-exclusive-contract.js";
import type { ProjectionRules } from "../../../../src/core/rules/exclusive-check/projection-rules.js";
import { current, now, rulesFor, scenario } from "./scenario.js";

interface Expected {
  jssVanishesMonth?: number | null;
  jssAppearsMonth?: number | null;
  topRatedKeptUntilMonth?: number | null;
  topRatedLost?: Projection["topRatedLost"];
  firstEarningsCriterionFailMonth?: number | null;
  largeContractMonth?: number | null;
  activityLapsesMonth?: number | null;
  profilePrivateMonth?: number | null;
  clientJobEligibleMonth?: number;
  /** month -> rounded 12-month earnings */
  earnings?: Record<number, number>;
  topRatedPlusMonths?: number[];
  weights?: Record<number, number | null>;
}

const scenarios: {
  name: string;
  input: ExclusiveContractInput;
  rules?: ProjectionRules;
  expected: Expected;
}[] = [
  {
    name: "the issue's case: hourly 40 h/week, 12 months, exclusive, one month into Top Rated, last other job 20 months ago",
    input: scenario(),
    expected: {
      // The other clients' jobs age out at 24 - 20 = month 4; the client's own job alone is one client.
      jssVanishesMonth: 4,
      topRatedKeptUntilMonth: 3,
      topRatedLost: { month: 4, criterionIds: ["top_rated.jss_current", "top_rated.jss_weeks"] },
      firstEarningsCriterionFailMonth: null,
      // $5,200 a month gross, $4,680 net: $9,360 after two months, $14,040 after three.
      largeContractMonth: 3,
      activityLapsesMonth: 15,
      profilePrivateMonth: null,
      clientJobEligibleMonth: 3,
      earnings: { 1: 8347, 2: 12693, 12: 56160, 13: 51480, 18: 28080 },
      topRatedPlusMonths: [3],
      weights: { 1: 0, 2: 0, 3: 1, 6: 2, 12: 4, 18: 4 },
    },
  },
  {
    name: "the same with three other clients and a job that ended a month ago",
    input: scenario({ otherClients: 3, lastOtherJobMonths: 1 }),
    expected: {
      jssVanishesMonth: 23,
      topRatedKeptUntilMonth: 14,
      topRatedLost: { month: 15, criterionIds: ["top_rated.recent_activity"] },
      activityLapsesMonth: 15,
      topRatedPlusMonths: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
    },
  },
  {
    name: "fixed price $3,000 a month for 6 months in writing ($5,000 large-contract line)",
    input: scenario({
      months: 6,
      pay: { kind: "fixed", monthlyUsd: 3000 },
      priorEarningsUsd: 12000,
      jss: 93,
      otherClients: 4,
      lastOtherJobMonths: 2,
      category: "writing",
    }),
    expected: {
      jssVanishesMonth: 22,
      largeContractMonth: 2,
      earnings: { 1: 13700, 6: 22200, 12: 16200 },
      topRatedKeptUntilMonth: 8,
      topRatedLost: { month: 9, criterionIds: ["top_rated.recent_activity"] },
      topRatedPlusMonths: [2, 3, 4, 5, 6, 7, 8],
    },
  },
  {
    name: "a freelancer with no other client's job in 24 months and no score",
    input: scenario({
      jss: null,
      status: "none",
      otherClients: 0,
      lastOtherJobMonths: null,
      priorEarningsUsd: 0,
    }),
    expected: {
      jssVanishesMonth: null,
      jssAppearsMonth: null,
      topRatedKeptUntilMonth: null,
      topRatedLost: null,
      topRatedPlusMonths: [],
      earnings: { 1: 4680, 12: 56160 },
    },
  },
  {
    name: "no score yet, one other client five months ago: a score can appear once this client's job counts",
    input: scenario({ jss: null, status: "none", otherClients: 1, lastOtherJobMonths: 5 }),
    expected: { jssAppearsMonth: 3, jssVanishesMonth: null, topRatedKeptUntilMonth: null },
  },
  {
    name: "a short contract: two months at $50 x 10 h",
    input: scenario({
      months: 2,
      pay: { kind: "hourly", rateUsd: 50, hoursPerWeek: 10 },
      priorEarningsUsd: 500,
      jss: 92,
      lastOtherJobMonths: 3,
    }),
    expected: {
      jssVanishesMonth: 21,
      clientJobEligibleMonth: 2,
      largeContractMonth: null,
      earnings: { 1: 2408, 2: 4317 },
      topRatedKeptUntilMonth: 4,
      topRatedLost: { month: 5, criterionIds: ["top_rated.recent_activity"] },
      activityLapsesMonth: 5,
      topRatedPlusMonths: [],
    },
  },
  {
    name: "pay too low to replace last year's earnings: the earnings criterion fails in month 11",
    input: scenario({
      pay: { kind: "fixed", monthlyUsd: 20 },
      priorEarningsUsd: 6000,
      jss: 95,
      otherClients: 3,
      lastOtherJobMonths: 0,
    }),
    expected: {
      firstEarningsCriterionFailMonth: 11,
      topRatedLost: { month: 11, criterionIds: ["top_rated.earnings_12m"] },
      topRatedKeptUntilMonth: 10,
      earnings: { 10: 1180, 11: 698 },
    },
  },
  {
    name: "a current Top Rated Plus holder whose earlier large contract counts until month 11",
    input: scenario({
      months: 6,
      pay: { kind: "fixed", monthlyUsd: 500 },
      priorEarningsUsd: 15000,
      jss: 95,
      status: "top_rated_plus",
      otherClients: 3,
      lastOtherJobMonths: 1,
    }),
    expected: {
      topRatedPlusMonths: [1, 2, 3, 4, 5, 6],
      largeContractMonth: null,
      earnings: { 6: 10200, 7: 8950 },
    },
  },
  {
    name: "a score with one other client: this client is taken to have an earlier eligible job",
    input: scenario({ otherClients: 1, lastOtherJobMonths: 10 }),
    expected: {
      clientJobEligibleMonth: 0,
      jssVanishesMonth: 14,
      topRatedLost: { month: 14, criterionIds: ["top_rated.jss_current", "top_rated.jss_weeks"] },
    },
  },
  {
    name: "Expert-Vetted without a score is not projected as Top Rated",
    input: scenario({ status: "expert_vetted", jss: null, otherClients: 0, lastOtherJobMonths: null }),
    expected: { topRatedKeptUntilMonth: null, topRatedLost: null },
  },
  {
    name: "the 2016 rules: sliding fee, three clients for a score, no long-contract counting, no Top Rated Plus",
    input: scenario({ otherClients: 3, lastOtherJobMonths: 1 }),
    rules: rulesFor("2016-top-rated"),
    expected: {
      // The client's job only counts when the contract ends (month 12); three other clients until month 22.
      clientJobEligibleMonth: 12,
      jssVanishesMonth: 23,
      largeContractMonth: null,
      topRatedPlusMonths: [],
      topRatedLost: { month: 15, criterionIds: ["top_rated.recent_activity"] },
      profilePrivateMonth: null,
      // 20% of the first $500 and 10% of the next $4,700; later months at 10% then 5%.
      earnings: { 1: 4630 + 3667 },
      weights: { 3: null, 12: null },
    },
  },
  {
    name: "a 30-day private-profile rule (as in 2017) turns the profile private the month after the contract",
    input: scenario({ months: 3 }),
    rules: { ...current, inactivity: { privateAfterDaysEstablished: 30, privateAfterDaysNewFreelancer: 30 } },
    expected: { profilePrivateMonth: 4 },
  },
];

describe("projectExclusiveContract", () => {
  it.each(scenarios)("$name", ({ input, rules, expected }) => {
    const projection = projectExclusiveContract(input, rules ?? current, now);
    expect(projection.months).toHaveLength(input.months + 6);
    const { earnings, topRatedPlusMonths, weights, ...scalars } = expected;
    for (const [key, value] of Object.entries(scalars)) {
      expect(projection[key as keyof Projection], key).toEqual(value);
    }
    for (const [month, value] of Object.entries(earnings ?? {})) {
      expect(
        Math.round(projection.months[Number(month) - 1]?.earnings12mUsd ?? Number.NaN),
        `earnings in month ${month}`,
      ).toBe(value);
    }
    if (topRatedPlusMonths) {
      expect(projection.months.filter((row) => row.topRatedPlus).map((row) => row.month)).toEqual(
        topRatedPlusMonths,
      );
    }
    for (const [month, value] of Object.entries(weights ?? {})) {
      expect(projection.months[Number(month) - 1]?.longContractWeight, `weight in month ${month}`).toBe(
        value,
      );
    }
  });

  it("labels month 1 with the current calendar month and counts on from there", () => {
    const projection = projectExclusiveContract(scenario(), current, now);
    expect(projection.months[0]?.calendarMonth).toBe("2026-11");
    expect(projection.months[13]?.calendarMonth).toBe("2027-12");
  });

  it("keeps Top Rated lost once lost, even if a criterion would hold again", () => {
    const projection = projectExclusiveContract(scenario(), current, now);
    const afterLoss = projection.months.filter((row) => row.month >= 4);
    expect(afterLoss.every((row) => !row.topRated && !row.topRatedPlus)).toBe(true);
  });

  it("caps the long-contract weight at the ruleset's maximum", () => {
    const projection = projectExclusiveContract(
      scenario({ months: 36, otherClients: 3, lastOtherJobMonths: 0 }),
      current,
      now,
    );
    expect(Math.max(...projection.months.map((row) => row.longContractWeight ?? 0))).toBe(8);
  });

  it("says when earnings before the contract were not given", () => {
    const projection = projectExclusiveContract(scenario({ priorEarningsUsd: null }), current, now);
    expect(projection.assumptions.join(" ")).toMatch(/not given/);
    expect(Math.round(projection.months[0]?.earnings12mUsd ?? 0)).toBe(4680);
  });
});

describe("gaining Top Rated on the way", () => {
  const her = scenario({
    pay: { kind: "hourly", rateUsd: 25, hoursPerWeek: 40 },
    priorEarningsUsd: 2400,
    jss: 100,
    status: "none",
    otherClients: 2,
    lastOtherJobMonths: 1,
  });

  it.each<[string, ExclusiveContractInput, number | null, number | null]>([
    ["four weeks in: 13 of 16 at the end of month 3", { ...her, progress: { eligibleWeeks: 4 } }, 3, 15],
    ["twelve weeks in: month 1", { ...her, progress: { eligibleWeeks: 12 } }, 1, 15],
    ["a score under 90 never gets there", { ...her, jss: 85, progress: { eligibleWeeks: 4 } }, null, null],
    [
      "Rising Talent weeks count, though the score decides",
      { ...her, status: "rising_talent", jss: 85, progress: { eligibleWeeks: 4 } },
      null,
      null,
    ],
    [
      "no score: nothing to project",
      { ...her, jss: null, otherClients: 0, lastOtherJobMonths: null },
      null,
      null,
    ],
    ["the 2016 rules have no weeks rule: month 1", { ...her, progress: { eligibleWeeks: 4 } }, 1, 15],
  ])("%s", (name, input, gained, lost) => {
    const rules = name.startsWith("the 2016") ? rulesFor("2016-top-rated") : current;
    const { outlook } = projectExclusiveContract(input, rules, now);
    expect(outlook.topRated.gainedMonth).toBe(gained);
    expect(outlook.topRated.lost?.month ?? null).toBe(lost);
  });

  it("counts the eligible weeks month by month, week by week", () => {
    const projection = projectExclusiveContract(
      { ...her, progress: { weekHistory: "1111111111110000" } },
      current,
      now,
    );
    expect(projection.months.slice(0, 4).map((row) => row.eligibleWeeks)).toEqual([12, 12, 13, 16]);
    expect(projection.outlook.topRated.gainedMonth).toBe(3);
  });
});
