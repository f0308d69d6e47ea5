import { describe, expect, it } from "vitest";
import { runBot } from "../support/run-bot-process.js";

interface Line {
  command: string | null;
  kind: string;
  visibility: string;
  text: string;
  data: {
    jss_vanishes_month?: number | null;
    top_rated_kept_until_month?: number | null;
    months?: { month: number; in_contract: boolean; top_rated: boolean; criteria: Record<string, boolean> }[];
    strategies?: { split: string; large_contract_month: number | null; reviews: number }[];
    risks?: { id: string; severity: string }[];
  };
}

// The exact invocations from the issue, piped into the real `npm start --silent -- --json`.
const lines = [
  "/exclusive-check months:12 rate:30 hours:40 earnings:4000 jss:96 status:top_rated other_clients:2 last_other_job_months:20",
  "/exclusive-check months:12 rate:30 hours:40 earnings:4000 jss:96 status:top_rated other_clients:3 last_other_job_months:1",
  "/exclusive-check months:12 rate:30 hours:40 category:sales-marketing",
  "/exclusive-check months:12 rate:30",
  "/exclusive-check months:12 rate:30 hours:40 monthly:5000",
  "/exclusive-check months:0 rate:30 hours:40",
];

describe("/exclusive-check in the console process", () => {
  it("answers the issue's examples", { timeout: 60_000 }, async () => {
    const result = await runBot(`${lines.join("\n")}\n`);
    expect(result.code).toBe(0);
    const [vanishing, kept, splits, rateOnly, both, zero] = result.lines as unknown as Line[];

    expect(vanishing?.visibility).toBe("private");
    expect(vanishing?.data.jss_vanishes_month).toBe(4);
    expect(
      vanishing?.data.months
        ?.filter((row) => row.in_contract)
        .every((row) => row.criteria["top_rated.earnings_12m"]),
    ).toBe(true);
    expect(vanishing?.data.risks?.find((risk) => risk.id === "jss-needs-second-client")?.severity).toBe(
      "high",
    );

    expect(kept?.data.months?.filter((row) => row.in_contract).every((row) => row.top_rated)).toBe(true);

    const none = splits?.data.strategies?.find((strategy) => strategy.split === "none");
    const monthly = splits?.data.strategies?.find((strategy) => strategy.split === "monthly");
    expect([2, 3]).toContain(none?.large_contract_month);
    expect(monthly?.large_contract_month).toBeNull();
    expect(splits?.data.strategies?.map((strategy) => strategy.reviews)).toEqual([1, 4, 12]);

    for (const problem of [rateOnly, both, zero]) {
      expect(problem?.kind).toBe("problem");
      expect(problem?.visibility).toBe("private");
    }
    expect(rateOnly?.text).toMatch(/rate.*needs.*hours/);
    expect(both?.text).toMatch(/not both/);
    expect(zero?.text).toMatch(/months.*1 to 36/);
  });
});
