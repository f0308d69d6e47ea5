import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessEligibility } from "../../../src/core/rules/eligibility/assess-eligibility.js";
import type { EligibilityInput } from "../../../src/core/rules/eligibility/eligibility-input.js";
import type { TierVerdict } from "../../../src/core/rules/eligibility/tier-verdict.js";
import { findRuleset, rulesetCatalog } from "../../../src/core/rules/ruleset-catalog.js";
import { categoryChoices } from "../../../src/core/rules/ruleset-choices.js";
import type { Ruleset, StatusId } from "../../../src/core/rules/ruleset-schema.js";

function ruleset(id: string): Ruleset {
  const found = findRuleset(id);
  if (!found) throw new Error(`missing ruleset ${id}`);
  return found;
}

const current = ruleset("2024-current");
const older = ruleset("2016-top-rated");

/** Everything Top Rated needs, with a little room on each number. */
const topRatedInput: EligibilityInput = {
  jssPercent: 95,
  eligibleWeeks: 16,
  earnings12mUsd: 1500,
  firstContractDays: 200,
  profilePercent: 100,
  accountHold: false,
  daysSinceActivity: 0,
  availabilityCurrent: true,
  isAgency: false,
};

function tier(input: EligibilityInput, id: StatusId, rules: Ruleset = current): TierVerdict {
  const verdict = assessEligibility(input, rules).tiers.find((candidate) => candidate.tier === id);
  if (!verdict) throw new Error(`no verdict for ${id}`);
  return verdict;
}

describe("Top Rated boundaries (2024-current)", () => {
  it("the base input is eligible with nothing missing", () => {
    expect(tier(topRatedInput, "top_rated")).toMatchObject({
      status: "eligible",
      unmet: [],
      unknown: [],
      eta_weeks: 0,
    });
  });

  it.each<[string, Partial<EligibilityInput>, string | null, unknown, unknown]>([
    ["JSS 89.99", { jssPercent: 89.99 }, "top_rated.jss_current", 90, 89.99],
    ["JSS 90", { jssPercent: 90 }, null, null, null],
    ["no JSS at all", { jssPercent: undefined }, "top_rated.jss_current", 90, null],
    ["$999", { earnings12mUsd: 999 }, "top_rated.earnings_12m", 1000, 999],
    ["$999.99", { earnings12mUsd: 999.99 }, "top_rated.earnings_12m", 1000, 999.99],
    ["$1,000", { earnings12mUsd: 1000 }, null, null, null],
    ["12 weeks", { eligibleWeeks: 12 }, "top_rated.jss_weeks", 13, 12],
    ["13 weeks", { eligibleWeeks: 13 }, null, null, null],
    ["first contract 90 days ago", { firstContractDays: 90 }, "top_rated.first_contract_age", 90, 90],
    ["first contract 91 days ago", { firstContractDays: 91 }, null, null, null],
    ["profile 99%", { profilePercent: 99 }, "top_rated.profile_complete", 100, 99],
    ["an account hold", { accountHold: true }, "top_rated.no_recent_hold", false, true],
    [
      "availability out of date",
      { availabilityCurrent: false },
      "top_rated.availability_current",
      true,
      false,
    ],
    ["active 90 days ago", { daysSinceActivity: 90 }, null, null, null],
    ["active 91 days ago", { daysSinceActivity: 91 }, "top_rated.recent_activity", 90, 91],
  ])("%s", (_, change, criterion, need, have) => {
    const verdict = tier({ ...topRatedInput, ...change }, "top_rated");
    if (criterion === null) {
      expect(verdict.status).toBe("eligible");
      return;
    }
    expect(verdict.status).toBe("not_eligible");
    expect(verdict.unmet).toHaveLength(1);
    expect(verdict.unmet[0]).toMatchObject({ criterion, need, have });
    expect(verdict.met).not.toContain(criterion);
  });
});

describe("eta_weeks", () => {
  it.each<[string, Partial<EligibilityInput>, number | null, boolean]>([
    ["9 of 16 weeks, as a best case", { eligibleWeeks: 9 }, 4, true],
    [
      "4 bad weeks then 12 good ones, exactly",
      { eligibleWeeks: undefined, weekHistory: "0000111111111111" },
      1,
      false,
    ],
    [
      "12 good weeks then 4 bad ones",
      { eligibleWeeks: undefined, weekHistory: "1111111111110000" },
      13,
      false,
    ],
    ["first contract 80 days ago: 11 more days", { firstContractDays: 80 }, 2, false],
    ["first contract 60 days ago and 9 weeks", { firstContractDays: 60, eligibleWeeks: 9 }, 5, true],
    ["the slower of two waits decides", { firstContractDays: 85, eligibleWeeks: 9 }, 4, true],
    ["a JSS under 90 cannot be waited out", { jssPercent: 85, eligibleWeeks: 9 }, null, false],
    ["no JSS: weeks cannot accrue", { jssPercent: undefined, eligibleWeeks: 9 }, null, false],
    ["low earnings are not fixed by waiting", { earnings12mUsd: 500, eligibleWeeks: 9 }, null, false],
    ["inactivity is not fixed by waiting", { daysSinceActivity: 120 }, null, false],
  ])("%s", (_, change, eta, bestCase) => {
    const verdict = tier({ ...topRatedInput, ...change }, "top_rated");
    expect(verdict.status).toBe("not_eligible");
    expect(verdict.eta_weeks).toBe(eta);
    expect(verdict.eta_is_best_case).toBe(bestCase);
  });

  it("is null and the status unknown when an option is missing", () => {
    const verdict = tier({ ...topRatedInput, earnings12mUsd: undefined }, "top_rated");
    expect(verdict).toMatchObject({
      status: "unknown",
      eta_weeks: null,
      unknown: [{ criterion: "top_rated.earnings_12m", missing: ["earnings_12m_usd"] }],
    });
  });

  it("asks for the week count rather than guessing it", () => {
    const verdict = tier({ ...topRatedInput, eligibleWeeks: undefined }, "top_rated");
    expect(verdict.unknown).toEqual([{ criterion: "top_rated.jss_weeks", missing: ["eligible_weeks"] }]);
  });

  it("prefers the exact history over nothing else", () => {
    const verdict = tier(
      { ...topRatedInput, eligibleWeeks: undefined, weekHistory: "0001111111111111" },
      "top_rated",
    );
    expect(verdict.status).toBe("eligible");
  });
});

describe("Top Rated Plus", () => {
  const plus: EligibilityInput = { ...topRatedInput, earnings12mUsd: 12000, largestContractUsd: 25000 };

  it.each<[string, Partial<EligibilityInput>, string, string | null]>([
    [
      "$10,000 is not more than $10,000",
      { earnings12mUsd: 10000 },
      "not_eligible",
      "top_rated_plus.earnings_12m",
    ],
    ["$10,000.01 is", { earnings12mUsd: 10000.01 }, "eligible", null],
    [
      "agencies: $20,000 is not enough",
      { isAgency: true, earnings12mUsd: 20000 },
      "not_eligible",
      "top_rated_plus.earnings_12m",
    ],
    ["agencies: $20,000.01 is", { isAgency: true, earnings12mUsd: 20000.01 }, "eligible", null],
    [
      "writing: $5,000 on one contract is not enough",
      { largestContractUsd: 5000, category: "writing" },
      "not_eligible",
      "top_rated_plus.large_contract",
    ],
    ["writing: $5,000.01 is", { largestContractUsd: 5000.01, category: "writing" }, "eligible", null],
    [
      "web: $12,000 is not enough",
      { largestContractUsd: 12000, category: "web-mobile-software" },
      "not_eligible",
      "top_rated_plus.large_contract",
    ],
    [
      "an unlisted category uses $10,000",
      { largestContractUsd: 10000.5, category: "other" },
      "eligible",
      null,
    ],
    ["$25,000 clears every category without one", { largestContractUsd: 25000 }, "eligible", null],
    [
      "$4,000 fails every category without one",
      { largestContractUsd: 4000 },
      "not_eligible",
      "top_rated_plus.large_contract",
    ],
  ])("%s", (_, change, status, criterion) => {
    const verdict = tier({ ...plus, ...change }, "top_rated_plus");
    expect(verdict.status).toBe(status);
    if (criterion) expect(verdict.unmet.map((entry) => entry.criterion)).toEqual([criterion]);
  });

  it("asks for the category when the amount depends on it", () => {
    const verdict = tier({ ...plus, largestContractUsd: 12000 }, "top_rated_plus");
    expect(verdict).toMatchObject({
      status: "unknown",
      unknown: [{ criterion: "top_rated_plus.large_contract", missing: ["category"] }],
    });
  });

  it("inherits Top Rated's wait and its best-case flag", () => {
    const verdict = tier({ ...plus, eligibleWeeks: 9 }, "top_rated_plus");
    expect(verdict).toMatchObject({ status: "not_eligible", eta_weeks: 4, eta_is_best_case: true });
    expect(verdict.unmet[0]).toMatchObject({ criterion: "top_rated_plus.top_rated", have: "not_eligible" });
  });
});

describe("Rising Talent", () => {
  const newcomer: EligibilityInput = {
    earnings12mUsd: 300,
    ratingStars: 4.9,
    profilePercent: 100,
    daysSinceActivity: 10,
    accountHold: false,
  };

  it.each<[string, Partial<EligibilityInput>, string, string | null]>([
    ["no JSS is fine", {}, "eligible", null],
    ["a JSS of 90 is fine", { jssPercent: 90 }, "eligible", null],
    ["a JSS of 89.99 is not", { jssPercent: 89.99 }, "not_eligible", "rising_talent.jss_if_any"],
    ["4.79 stars", { ratingStars: 4.79 }, "not_eligible", "rising_talent.invitation_or_rating"],
    ["4.8 stars", { ratingStars: 4.8 }, "eligible", null],
    ["$249.99", { earnings12mUsd: 249.99 }, "not_eligible", "rising_talent.earnings_12m"],
    ["$250", { earnings12mUsd: 250 }, "eligible", null],
    ["a hold", { accountHold: true }, "not_eligible", "rising_talent.no_hold"],
    ["no rating given", { ratingStars: undefined }, "unknown", null],
  ])("%s", (_, change, status, criterion) => {
    const verdict = tier({ ...newcomer, ...change }, "rising_talent");
    expect(verdict.status).toBe(status);
    if (criterion) expect(verdict.unmet.map((entry) => entry.criterion)).toEqual([criterion]);
  });

  it("notes that an invitation also counts", () => {
    const verdict = tier({ ...newcomer, ratingStars: 4.5 }, "rising_talent");
    expect(verdict.unmet[0]?.note).toMatch(/invited/);
  });
});

describe("Expert-Vetted", () => {
  it("is by invitation only, whatever the numbers", () => {
    expect(tier(topRatedInput, "expert_vetted")).toMatchObject({
      status: "invitation_only",
      eta_weeks: null,
    });
  });
});

describe("the 2016 ruleset", () => {
  it("has only Top Rated and no weeks rule", () => {
    const result = assessEligibility({ ...topRatedInput, eligibleWeeks: 0 }, older);
    expect(result.tiers.map((verdict) => verdict.tier)).toEqual(["top_rated"]);
    expect(result.tiers[0]?.status).toBe("eligible");
  });

  it.each<[string, Partial<EligibilityInput>, string]>([
    ["29 days of history", { firstContractDays: 29 }, "not_eligible"],
    ["30 days of history", { firstContractDays: 30 }, "eligible"],
    ["an agency with $9,999", { isAgency: true, earnings12mUsd: 9999 }, "not_eligible"],
    ["an agency with $10,000", { isAgency: true, earnings12mUsd: 10000 }, "eligible"],
  ])("%s", (_, change, status) => {
    expect(tier({ ...topRatedInput, ...change }, "top_rated", older).status).toBe(status);
  });

  it("counts days to the 30-day mark in weeks", () => {
    expect(tier({ ...topRatedInput, firstContractDays: 20 }, "top_rated", older).eta_weeks).toBe(2);
  });
});

// Every input the /eligibility schema accepts, in the calculator's terms.
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const inputArbitrary: fc.Arbitrary<EligibilityInput> = fc.record({
  jssPercent: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
  eligibleWeeks: maybe(fc.integer({ min: 0, max: 16 })),
  weekHistory: maybe(fc.stringMatching(/^[01]{16}$/)),
  earnings12mUsd: maybe(fc.double({ min: 0, max: 100_000_000, noNaN: true })),
  firstContractDays: maybe(fc.integer({ min: 0, max: 36_500 })),
  profilePercent: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
  exElance: maybe(fc.boolean()),
  accountHold: maybe(fc.boolean()),
  daysSinceActivity: maybe(fc.integer({ min: 0, max: 36_500 })),
  availabilityCurrent: maybe(fc.boolean()),
  holdsStatuses: fc.constantFrom<StatusId[]>([], ["rising_talent"]),
  largestContractUsd: maybe(fc.double({ min: 0, max: 100_000_000, noNaN: true })),
  largeContractNegativeOutcome: maybe(fc.boolean()),
  category: maybe(fc.constantFrom(...categoryChoices)),
  isAgency: fc.boolean(),
  exclusiveAgencyMember: maybe(fc.boolean()),
  ratingStars: maybe(fc.double({ min: 1, max: 5, noNaN: true })),
  negativeFeedback: maybe(fc.boolean()),
  identityVerified: maybe(fc.boolean()),
  payoutMethod: maybe(fc.boolean()),
});
const rulesetArbitrary = fc.constantFrom(...rulesetCatalog());

function eligibleTiers(input: EligibilityInput, rules: Ruleset): StatusId[] {
  return assessEligibility(input, rules)
    .tiers.filter((verdict) => verdict.status === "eligible")
    .map((verdict) => verdict.tier);
}

describe("properties", () => {
  it("never throws and keeps its verdicts consistent", () => {
    fc.assert(
      fc.property(inputArbitrary, rulesetArbitrary, (input, rules) => {
        const result = assessEligibility(input, rules);
        for (const verdict of result.tiers) {
          const criteria = rules.statuses[verdict.tier]?.criteria ?? [];
          // Assumptions inherited from another status (Top Rated Plus from Top Rated) carry its prefix.
          const ownAssumed = verdict.assumed.filter((id) => id.startsWith(`${verdict.tier}.`));
          const named = [
            ...verdict.met,
            ...verdict.unmet.map((entry) => entry.criterion),
            ...verdict.unknown.map((entry) => entry.criterion),
            ...ownAssumed,
            // A status granted after a review names the review criterion it waits on.
            ...(verdict.review ? [verdict.review.criterion] : []),
          ];
          if (verdict.status !== "invitation_only") {
            expect(named.sort()).toEqual(criteria.map((criterion) => criterion.id).sort());
          }
          expect(verdict.status === "eligible").toBe(verdict.eta_weeks === 0);
          if (verdict.status === "eligible") expect(verdict.unmet.length + verdict.unknown.length).toBe(0);
          if (verdict.eta_weeks !== null) expect(verdict.eta_weeks).toBeGreaterThanOrEqual(0);
          if (verdict.eta_is_best_case) expect(verdict.eta_weeks).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("more earnings never turn an eligible verdict into an ineligible one", () => {
    fc.assert(
      fc.property(
        inputArbitrary,
        rulesetArbitrary,
        fc.double({ min: 0, max: 1_000_000, noNaN: true }),
        (input, rules, extra) => {
          const before = eligibleTiers(input, rules);
          const after = eligibleTiers(
            { ...input, earnings12mUsd: (input.earnings12mUsd ?? 0) + extra },
            rules,
          );
          if (input.earnings12mUsd !== undefined) expect(after).toEqual(expect.arrayContaining(before));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a higher JSS never turns an eligible verdict into an ineligible one", () => {
    fc.assert(
      fc.property(
        inputArbitrary,
        rulesetArbitrary,
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (input, rules, a, b) => {
          const before = eligibleTiers({ ...input, jssPercent: Math.min(a, b) }, rules);
          const after = eligibleTiers({ ...input, jssPercent: Math.max(a, b) }, rules);
          expect(after).toEqual(expect.arrayContaining(before));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("more eligible weeks (count or history) never turn an eligible verdict into an ineligible one", () => {
    fc.assert(
      fc.property(
        inputArbitrary,
        rulesetArbitrary,
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 0, max: 15 }),
        (input, rules, a, b, flip) => {
          const counted = { ...input, weekHistory: undefined };
          expect(eligibleTiers({ ...counted, eligibleWeeks: Math.max(a, b) }, rules)).toEqual(
            expect.arrayContaining(eligibleTiers({ ...counted, eligibleWeeks: Math.min(a, b) }, rules)),
          );
          if (input.weekHistory !== undefined) {
            const better = `${input.weekHistory.slice(0, flip)}1${input.weekHistory.slice(flip + 1)}`;
            expect(eligibleTiers({ ...input, weekHistory: better }, rules)).toEqual(
              expect.arrayContaining(eligibleTiers(input, rules)),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a history never waits longer than 13 weeks and never less than its count's best case", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[01]{16}$/), (history) => {
        const exact = tier({ ...topRatedInput, eligibleWeeks: undefined, weekHistory: history }, "top_rated");
        const count = [...history].filter((week) => week === "1").length;
        const best = tier({ ...topRatedInput, eligibleWeeks: count }, "top_rated");
        expect(exact.eta_weeks).not.toBeNull();
        expect(exact.eta_weeks ?? 99).toBeLessThanOrEqual(13);
        expect(exact.eta_weeks ?? 0).toBeGreaterThanOrEqual(best.eta_weeks ?? 0);
      }),
    );
  });
});

describe("assumptions", () => {
  const bare: EligibilityInput = {
    jssPercent: 95,
    eligibleWeeks: 16,
    earnings12mUsd: 1500,
    firstContractDays: 200,
  };

  it.each<[string, Partial<EligibilityInput>, string[]]>([
    [
      "nothing stated",
      {},
      [
        "top_rated.profile_complete",
        "top_rated.availability_current",
        "top_rated.no_recent_hold",
        "top_rated.recent_activity",
      ],
    ],
    [
      "the profile stated",
      { profilePercent: 100 },
      ["top_rated.availability_current", "top_rated.no_recent_hold", "top_rated.recent_activity"],
    ],
    [
      "everything stated",
      { profilePercent: 100, availabilityCurrent: true, accountHold: false, daysSinceActivity: 0 },
      [],
    ],
  ])("%s: eligible, assuming %j", (_, change, assumed) => {
    const verdict = tier({ ...bare, ...change }, "top_rated");
    expect(verdict).toMatchObject({ status: "eligible", assumed });
    for (const id of assumed) expect(verdict.met).not.toContain(id);
  });

  it("a stated fact that fails is unmet, never assumed", () => {
    const verdict = tier({ ...bare, accountHold: true }, "top_rated");
    expect(verdict.status).toBe("not_eligible");
    expect(verdict.assumed).not.toContain("top_rated.no_recent_hold");
  });

  it("Top Rated Plus lists Top Rated's assumptions as well as its own", () => {
    const verdict = tier({ ...bare, earnings12mUsd: 12000, largestContractUsd: 25000 }, "top_rated_plus");
    expect(verdict.status).toBe("eligible");
    expect(verdict.assumed).toEqual([
      "top_rated.profile_complete",
      "top_rated.availability_current",
      "top_rated.no_recent_hold",
      "top_rated.recent_activity",
      "top_rated_plus.large_contract_no_negative_outcome",
      "top_rated_plus.not_exclusive_agency_member",
    ]);
  });

  it("every assumed criterion of the shipped rulesets says what it assumes", () => {
    for (const rules of rulesetCatalog()) {
      for (const status of Object.values(rules.statuses)) {
        for (const criterion of status?.criteria ?? []) {
          if (criterion.whenMissing === "assumed")
            expect(criterion.condition, criterion.id).toMatch(/^[a-z]/);
        }
      }
    }
  });
});

describe("Rising Talent weeks and Elance profiles", () => {
  it.each<[string, Partial<EligibilityInput>, number | null]>([
    ["a JSS at the bar: weeks accrue", { jssPercent: 95 }, 4],
    ["no JSS and no Rising Talent: they do not", { jssPercent: undefined }, null],
    ["no JSS but Rising Talent: they do", { jssPercent: undefined, holdsStatuses: ["rising_talent"] }, 4],
  ])("%s", (_, change, wait) => {
    const verdict = tier({ ...topRatedInput, eligibleWeeks: 9, ...change }, "top_rated");
    expect(verdict.unmet.find((entry) => entry.criterion === "top_rated.jss_weeks")?.wait_weeks).toBe(wait);
  });

  it.each<[string, Partial<EligibilityInput>, string]>([
    ["95% without Elance", { profilePercent: 95 }, "not_eligible"],
    ["95% from Elance", { profilePercent: 95, exElance: true }, "eligible"],
    ["89% from Elance", { profilePercent: 89, exElance: true }, "not_eligible"],
  ])("%s", (_, change, status) => {
    expect(tier({ ...topRatedInput, ...change }, "top_rated").status).toBe(status);
    expect(tier({ ...topRatedInput, ...change }, "top_rated", older).status).toBe(status);
  });
});
