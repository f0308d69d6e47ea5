import { describe, expect, it } from "vitest";
import { riskIds, type Severity } from "../../../../src/core/rules/exclusive-check/assess-risks.js";
import { checkExclusiveContract } from "../../../../src/core/rules/exclusive-check/check-exclusive-contract.js";
import type { ExclusiveContractInput } from "../../../../src/core/rules/exclusive-check/exclusive-contract-input.js";
import { current, now, scenario } from "./scenario.js";

const cases: {
  name: string;
  input: ExclusiveContractInput;
  severities: Partial<Record<(typeof riskIds)[number], Severity>>;
}[] = [
  {
    name: "the issue's case",
    input: scenario(),
    severities: {
      "jss-needs-second-client": "high",
      "top-rated-lost": "high",
      "income-concentration": "medium",
      "top-rated-plus-split": "low",
      "inactivity-after-contract": "medium",
      "off-platform-pressure": "medium",
      "exclusivity-scope": "medium",
    },
  },
  {
    name: "recent other client: the score outlives the contract",
    input: scenario({ otherClients: 3, lastOtherJobMonths: 1 }),
    severities: { "jss-needs-second-client": "low", "top-rated-lost": "medium" },
  },
  {
    name: "few savings make one client a high risk",
    input: scenario({ savingsMonths: 1 }),
    severities: { "income-concentration": "high" },
  },
  {
    name: "plenty of savings and no exclusivity",
    input: scenario({ savingsMonths: 12, exclusive: false }),
    severities: { "income-concentration": "low", "exclusivity-scope": "low" },
  },
  {
    name: "choosing monthly contracts gives up the large contract",
    input: scenario({ split: "monthly" }),
    severities: { "top-rated-plus-split": "high" },
  },
  {
    name: "a short contract",
    input: scenario({
      months: 2,
      pay: { kind: "hourly", rateUsd: 50, hoursPerWeek: 10 },
      lastOtherJobMonths: 3,
    }),
    severities: {
      "off-platform-pressure": "low",
      "exclusivity-scope": "low",
      "jss-needs-second-client": "low",
    },
  },
];

describe("assessRisks", () => {
  it.each(cases)("$name", ({ input, severities }) => {
    const { risks } = checkExclusiveContract(input, current, now);
    expect(risks.map((risk) => risk.id)).toEqual([...riskIds]);
    for (const [id, severity] of Object.entries(severities)) {
      expect(risks.find((risk) => risk.id === id)?.severity, id).toBe(severity);
    }
  });

  it("puts the numbers behind each risk into the risk", () => {
    const { risks } = checkExclusiveContract(scenario(), current, now);
    const byId = Object.fromEntries(risks.map((risk) => [risk.id, risk]));
    expect(byId["jss-needs-second-client"]?.numbers.vanishes_month).toBe(4);
    expect(byId["jss-needs-second-client"]?.summary).toContain("month 4 (Feb 2027)");
    expect(byId["top-rated-lost"]?.numbers).toMatchObject({
      month: 4,
      criteria: "top_rated.jss_current,top_rated.jss_weeks",
    });
    // $30 x 2,080 h x 12%.
    expect(byId["off-platform-pressure"]?.numbers.conversion_fee_usd).toBe(7488);
    expect(byId["income-concentration"]?.numbers.share_percent).toBe(100);
  });

  it("computes the fixed-price conversion fee from twelve months of pay", () => {
    const { risks } = checkExclusiveContract(
      scenario({ pay: { kind: "fixed", monthlyUsd: 3000 } }),
      current,
      now,
    );
    expect(risks.find((risk) => risk.id === "off-platform-pressure")?.numbers.conversion_fee_usd).toBe(4320);
  });
});

describe("advise", () => {
  it("answers the vanishing score with a concrete deadline, and exclusivity with clauses", () => {
    const { advice } = checkExclusiveContract(scenario(), current, now);
    const byId = Object.fromEntries(advice.map((item) => [item.id, item.text]));
    expect(byId["keep-second-client"]).toMatch(/carve-out.*by month 3 \(Jan 2027\).*every 24 months/);
    expect(byId["notice-clause"]).toMatch(/30-day notice/);
    expect(byId["narrow-exclusivity"]).toBeDefined();
    expect(byId["choose-split"]).toMatch(/split:none/);
    expect(byId["stay-on-platform"]).toContain("$7,488");
  });

  it("tells a non-exclusive freelancer to actually take the second job", () => {
    const { advice } = checkExclusiveContract(scenario({ exclusive: false }), current, now);
    const texts = Object.fromEntries(advice.map((item) => [item.id, item.text]));
    expect(texts["keep-second-client"]).toMatch(/^Take one small contract with another client/);
    expect(texts["notice-clause"]).toBeUndefined();
  });

  it("reminds a Top Rated freelancer who keeps the badge to stay active after the contract", () => {
    const { advice } = checkExclusiveContract(
      scenario({ otherClients: 3, lastOtherJobMonths: 1 }),
      current,
      now,
    );
    expect(advice.find((item) => item.id === "activity-after-contract")?.text).toContain(
      "month 15 (Jan 2028)",
    );
    expect(advice.find((item) => item.id === "keep-second-client")).toBeUndefined();
  });

  it("asks for monthly milestones on fixed-price work", () => {
    const { advice } = checkExclusiveContract(
      scenario({ pay: { kind: "fixed", monthlyUsd: 3000 } }),
      current,
      now,
    );
    expect(advice.find((item) => item.id === "payment-cadence")?.text).toMatch(/milestone every month/);
  });
});
