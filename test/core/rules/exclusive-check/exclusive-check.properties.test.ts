import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkExclusiveContract } from "../../../../src/core/rules/exclusive-check/check-exclusive-contract.js";
import {
  currentStatuses,
  type ExclusiveContractInput,
  type Pay,
  splits,
} from "../../../../src/core/rules/exclusive-check/exclusive-contract-input.js";
import { projectExclusiveContract } from "../../../../src/core/rules/exclusive-check/project-exclusive-contract.js";
import { renderExclusiveCheck } from "../../../../src/core/rules/exclusive-check/render-exclusive-check.js";
import { current, now, rulesFor } from "./scenario.js";

const rulesets = [current, rulesFor("2016-top-rated")];
const money = (max: number) => fc.double({ min: 0.01, max, noNaN: true, noDefaultInfinity: true });

/** Everything the command's schema accepts, including combinations its refine would turn away. */
const validInput: fc.Arbitrary<ExclusiveContractInput> = fc.record({
  months: fc.integer({ min: 1, max: 36 }),
  pay: fc.oneof(
    fc.record({
      kind: fc.constant("hourly" as const),
      rateUsd: money(10_000),
      hoursPerWeek: fc.double({ min: 1, max: 80, noNaN: true }),
    }),
    fc.record({ kind: fc.constant("fixed" as const), monthlyUsd: money(1_000_000) }),
  ) as fc.Arbitrary<Pay>,
  split: fc.constantFrom(...splits),
  priorEarningsUsd: fc.option(fc.double({ min: 0, max: 100_000_000, noNaN: true }), { nil: null }),
  jss: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
  status: fc.constantFrom(...currentStatuses),
  otherClients: fc.integer({ min: 0, max: 1000 }),
  lastOtherJobMonths: fc.option(fc.integer({ min: 0, max: 240 }), { nil: null }),
  savingsMonths: fc.option(fc.double({ min: 0, max: 600, noNaN: true }), { nil: null }),
  category: fc.option(fc.constantFrom("writing", "web-mobile-software", "customer-service", "unknown-key"), {
    nil: null,
  }),
  exclusive: fc.boolean(),
  progress: fc.record(
    {
      eligibleWeeks: fc.integer({ min: 0, max: 16 }),
      weekHistory: fc.stringMatching(/^[01]{16}$/),
      firstContractDays: fc.integer({ min: 0, max: 36_500 }),
      profilePercent: fc.double({ min: 0, max: 100, noNaN: true }),
      exElance: fc.boolean(),
      accountHold: fc.boolean(),
      availabilityCurrent: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
});

const ruleset = fc.constantFrom(...rulesets);
const infinityIfNull = (month: number | null) => month ?? Number.POSITIVE_INFINITY;

function scaled(pay: Pay, factor: number): Pay {
  return pay.kind === "hourly"
    ? { ...pay, rateUsd: pay.rateUsd * factor }
    : { ...pay, monthlyUsd: pay.monthlyUsd * factor };
}

describe("exclusive-check properties", () => {
  it("never throws on valid input, and the answer is well formed", () => {
    fc.assert(
      fc.property(validInput, ruleset, (input, rules) => {
        const check = checkExclusiveContract(input, rules, now);
        // With the assumptions the command adds, as a real reply carries them.
        const rendered = renderExclusiveCheck(check, check.projection.assumptions);
        expect(check.projection.months).toHaveLength(input.months + 6);
        expect(check.risks).toHaveLength(7);
        for (const row of check.projection.months) {
          expect(Number.isFinite(row.earnings12mUsd) && row.earnings12mUsd >= 0).toBe(true);
          if (row.topRatedPlus) expect(row.topRated).toBe(true);
        }
        expect(rendered.body.length).toBeLessThanOrEqual(4096);
      }),
      { numRuns: 300 },
    );
  });

  it("higher pay never makes the earnings criterion fail earlier", () => {
    fc.assert(
      fc.property(
        validInput,
        fc.double({ min: 1, max: 50, noNaN: true }),
        ruleset,
        (input, factor, rules) => {
          const lower = projectExclusiveContract(input, rules, now);
          const higher = projectExclusiveContract({ ...input, pay: scaled(input.pay, factor) }, rules, now);
          expect(infinityIfNull(higher.firstEarningsCriterionFailMonth)).toBeGreaterThanOrEqual(
            infinityIfNull(lower.firstEarningsCriterionFailMonth),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("once lost, Top Rated stays lost for the rest of the projection", () => {
    fc.assert(
      fc.property(validInput, ruleset, (input, rules) => {
        const flags = projectExclusiveContract(input, rules, now).months.map((row) => row.topRated);
        // Lost means held first: a freelancer without the badge can gain it on the way.
        const firstHeld = flags.indexOf(true);
        const firstLoss = firstHeld === -1 ? -1 : flags.indexOf(false, firstHeld);
        if (firstLoss >= 0) expect(flags.slice(firstLoss).every((held) => !held)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("can gain Top Rated as the good weeks fill up, then lose it as the old earnings roll off", () => {
    // fast-check's counterexample to the property above as it first stood (without "held first").
    const input: ExclusiveContractInput = {
      months: 1,
      pay: { kind: "fixed", monthlyUsd: 0.01 },
      split: "none",
      priorEarningsUsd: 1199.9892,
      jss: 90,
      status: "none",
      otherClients: 1,
      lastOtherJobMonths: 0,
      savingsMonths: null,
      category: null,
      exclusive: false,
      progress: { weekHistory: "0110010001110101" },
    };
    const flags = projectExclusiveContract(input, current, now).months.map((row) => row.topRated);
    expect(flags.slice(0, 3)).toEqual([false, true, false]);
    expect(flags.slice(2).every((held) => !held)).toBe(true);
  });
});
