import { describe, expect, it } from "vitest";
import { runBot } from "../support/run-bot-process.js";

interface Line {
  input: string;
  command: string | null;
  kind: string;
  text: string;
  data: Record<string, unknown>;
}

type Tier = {
  tier: string;
  status: string;
  assumed: string[];
  unmet: { criterion: string; wait_weeks: number | null }[];
};
const tiers = (line: Line | undefined) => (line?.data.tiers ?? []) as Tier[];
const tier = (line: Line | undefined, id: string) => tiers(line).find((candidate) => candidate.tier === id);

/** Issue 16's points, each asked the way a member would, through the real `npm start --json` process. */
const cases: { point: string; line: string; check: (line: Line | undefined) => void }[] = [
  {
    point: "1: four of sixteen weeks in, JSS 100, $2,400 earned, a year exclusive at 40 h",
    line: "/exclusive-check months:12 rate:25 hours:40 weeks:4 jss:100 earnings:2400 other_clients:2 last_other_job_months:1",
    check: (line) => {
      const outlook = line?.data.outlook as Record<
        string,
        { gained_month: number | null; held_at_contract_end: boolean; lost: { month: number } | null }
      >;
      expect(outlook.top_rated).toMatchObject({
        gained_month: 3,
        held_at_contract_end: true,
        lost: { month: 15 },
      });
      expect(outlook.top_rated_plus?.gained_month).toBe(3);
      expect(line?.text).toMatch(
        /Top Rated arrives in month 3 \(\w{3} \d{4}\) and lasts to the end of the contract; it is lost in month 15/,
      );
    },
  },
  {
    point: "2: Rising Talent checks identity, payout method and feedback",
    line: "/eligibility rating:5 earnings:500 verified:payout_only",
    check: (line) => {
      expect(tier(line, "rising_talent")?.unmet.map((entry) => entry.criterion)).toEqual([
        "rising_talent.identity_verified",
      ]);
    },
  },
  {
    point: "2: Top Rated Plus checks the large contract's outcome and agency membership",
    line: "/eligibility jss:96 weeks:16 earnings:14000 first_contract_days:400 largest_contract:6000 category:writing agency:exclusive_member",
    check: (line) => {
      expect(tier(line, "top_rated_plus")?.unmet.map((entry) => entry.criterion)).toEqual([
        "top_rated_plus.not_exclusive_agency_member",
      ]);
    },
  },
  {
    point: "3: the README's example is eligible if, with its assumptions named",
    line: "/eligibility jss:95 weeks:16 earnings:1500 first_contract_days:200",
    check: (line) => {
      expect(tier(line, "top_rated")).toMatchObject({
        status: "eligible",
        assumed: [
          "top_rated.profile_complete",
          "top_rated.availability_current",
          "top_rated.no_recent_hold",
          "top_rated.recent_activity",
        ],
      });
      expect(line?.text).toContain("Top Rated: eligible if your profile is 100% complete");
      expect(line?.text).toContain(
        "Add profile:100, available:yes, hold:no and active_days:<days> to make it firm.",
      );
    },
  },
  {
    point: "3: a verdict with nothing assumed is a plain eligible",
    line: "/eligibility jss:95 weeks:16 earnings:1500 first_contract_days:200 profile:100 hold:no active_days:2 available:yes",
    check: (line) => {
      expect(tier(line, "top_rated")).toMatchObject({ status: "eligible", assumed: [] });
      expect(line?.text).toContain("Top Rated: eligible. The badge usually appears");
    },
  },
  {
    point: "4: Rising Talent weeks count, without a score",
    line: "/eligibility weeks:9 earnings:1500 first_contract_days:200 level:rising_talent",
    check: (line) => {
      expect(
        tier(line, "top_rated")?.unmet.find((entry) => entry.criterion === "top_rated.jss_weeks")?.wait_weeks,
      ).toBe(4);
    },
  },
  {
    point:
      "4 and 5: /status tier:top_rated says Rising Talent weeks count and grades the programmes table as primary",
    line: "/status tier:top_rated",
    check: (line) => {
      expect(line?.text).toContain("at least 13 of 16 weeks (weeks holding Rising Talent count)");
      expect(line?.text).toContain("profiles from Elance: at least 90%");
      expect(line?.text).toContain("primary, ~2017–19");
      expect(line?.text).not.toContain(
        "staff, ~2024](https://support.upwork.com/hc/en-us/articles/115006099287",
      );
    },
  },
  {
    point: "5: the month-23 score line is marked as inferred",
    line: "/exclusive-check months:12 rate:25 hours:40 weeks:4 jss:100 earnings:2400 other_clients:2 last_other_job_months:1",
    check: (line) => {
      const risks = line?.data.risks as { id: string; basis: { inferred: boolean } }[];
      expect(risks.find((risk) => risk.id === "jss-needs-second-client")?.basis.inferred).toBe(true);
      expect(line?.text).toMatch(
        /score disappears in month 23 \(\w{3} \d{4}\): no other client's job left inside 24 months _?\(inferred\)_?/,
      );
    },
  },
  {
    point: "6: quarterly is workable on its own numbers, monthly not advised",
    line: "/exclusive-check months:12 rate:30 hours:40",
    check: (line) => {
      const strategies = line?.data.strategies as { split: string; verdict: string }[];
      expect(strategies.map((strategy) => [strategy.split, strategy.verdict])).toEqual([
        ["none", "recommended"],
        ["quarterly", "workable"],
        ["monthly", "not-advised"],
      ]);
      expect(line?.text).toMatch(/split:quarterly is workable: the large contract in month 3/);
    },
  },
  {
    point: "8: /ask question:hi",
    line: "/ask question:hi",
    check: (line) =>
      expect(line?.text).toMatch(/^question must be at least 3 characters long \(you gave hi\)\./),
  },
  {
    point: "8: rate:0",
    line: "/exclusive-check months:3 rate:0 hours:10",
    check: (line) => expect(line?.text).toMatch(/^rate must be a number from 1 to 10,000 \(you gave 0\)\./),
  },
  {
    point: "8: /help command:faq",
    line: "/help command:faq",
    check: (line) => {
      expect(line?.kind).toBe("message");
      expect(line?.text).toContain("/faq add: Add an FAQ entry");
    },
  },
  {
    point: "8: /faq add slug:new-five",
    line: "/faq add slug:new-five",
    check: (line) =>
      expect(line?.text).toMatch(
        /^An entry needs question and answer as well: they show as optional only because Discord asks for them in a form\./,
      ),
  },
];

describe("issue 16 in the console process", () => {
  it("answers every point as the tests through runCommand do", { timeout: 60_000 }, async () => {
    const result = await runBot(`${cases.map((entry) => entry.line).join("\n")}\n`, [
      "--json",
      "--moderator",
    ]);
    expect(result.code).toBe(0);
    const lines = result.lines as unknown as Line[];
    expect(lines).toHaveLength(cases.length);
    for (const [index, entry] of cases.entries()) {
      const line = lines[index];
      expect(line?.input, entry.point).toBe(entry.line);
      entry.check(line);
    }
  });
});
