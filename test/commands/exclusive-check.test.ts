import { describe, expect, it } from "vitest";
import { exclusiveCheckCommand } from "../../commands/exclusive-check.js";
import { commands } from "../../commands/index.js";
import type { CommandContext } from "../../src/command-kit/command.js";
import { runCommand } from "../../src/command-kit/run-command.js";
import { runTextCommand } from "../../src/command-kit/text-invocation.js";
import type { Actor } from "../../src/core/actor.js";
import type { Reply } from "../../src/core/reply.js";
import type { ExclusiveCheckData } from "../../src/core/rules/exclusive-check/exclusive-check-data.js";
import type { Services } from "../../src/ports/services.js";
import { memoryLogger } from "../support/memory-logger.js";

function context(): CommandContext {
  const actor: Actor = {
    platform: "console",
    spaceId: "console",
    communityId: "console",
    userId: "u",
    displayName: "u",
    isModerator: false,
  };
  // The command reads neither store; runTextCommand reads the command list and the logger.
  const services = { commands, logger: memoryLogger().logger } as unknown as Services;
  return { actor, services, commands, now: new Date("2026-11-26T05:00:00Z") };
}

async function run(line: string): Promise<Reply<ExclusiveCheckData>> {
  const { command, reply } = await runTextCommand(line, context());
  expect(command).toBe("exclusive-check");
  return reply as Reply<ExclusiveCheckData>;
}

const issueLine =
  "/exclusive-check months:12 rate:30 hours:40 earnings:4000 jss:96 status:top_rated other_clients:2 last_other_job_months:20";

describe("/exclusive-check: what the issue must show", () => {
  it("keeps the earnings criterion all year, reports the month the JSS disappears and Top Rated with it", async () => {
    const reply = await run(issueLine);
    expect(reply.kind).toBe("message");
    expect(reply.visibility).toBe("private");
    const contractMonths = reply.data.months.filter((row) => row.in_contract);
    expect(contractMonths).toHaveLength(12);
    expect(contractMonths.every((row) => row.criteria["top_rated.earnings_12m"] === true)).toBe(true);
    expect(reply.data.jss_vanishes_month).toBe(4);
    expect(reply.data.months.find((row) => !row.jss_exists)?.month).toBe(4);
    expect(reply.data.months.find((row) => !row.top_rated)?.month).toBe(4);
    expect(reply.data.top_rated_kept_until_month).toBe(3);
    expect(reply.data.top_rated_lost?.criteria).toContain("top_rated.jss_current");
    const risk = reply.data.risks.find((candidate) => candidate.id === "jss-needs-second-client");
    expect(risk?.severity).toBe("high");
    expect(reply.data.advice.find((item) => item.id === "keep-second-client")?.text).toMatch(
      /another client/,
    );
    expect(reply.body.split("\n")[0]).toContain("Top Rated is lost in month 4");
  });

  it("keeps Top Rated for the whole contract when the last other job ended a month ago", async () => {
    const reply = await run(
      issueLine.replace(
        "other_clients:2 last_other_job_months:20",
        "other_clients:3 last_other_job_months:1",
      ),
    );
    expect(reply.data.months.filter((row) => row.in_contract).every((row) => row.top_rated)).toBe(true);
    expect(reply.data.top_rated_kept_until_month).toBeGreaterThanOrEqual(12);
    expect(reply.data.risks.find((risk) => risk.id === "jss-needs-second-client")?.severity).toBe("low");
  });

  it.each(["", " category:sales-marketing"])(
    "at $30 x 40 h for 12 months against a $10,000 line, one contract gets there in month 2 or 3 and monthly never does%s",
    async (category) => {
      const reply = await run(`/exclusive-check months:12 rate:30 hours:40${category}`);
      const bySplit = Object.fromEntries(reply.data.strategies.map((strategy) => [strategy.split, strategy]));
      expect([2, 3]).toContain(bySplit.none?.large_contract_month);
      expect(bySplit.monthly?.large_contract_month).toBeNull();
      expect(reply.data.strategies.map((strategy) => [strategy.split, strategy.reviews])).toEqual([
        ["none", 1],
        ["quarterly", 4],
        ["monthly", 12],
      ]);
      expect(reply.body).toMatch(/reviews/);
      for (const strategy of reply.data.strategies) expect(typeof strategy.extra_fees_usd).toBe("number");
    },
  );

  it.each([
    { name: "rate without hours", line: "/exclusive-check months:12 rate:30", says: /`rate` needs `hours`/ },
    { name: "hours without rate", line: "/exclusive-check months:12 hours:40", says: /`hours` needs `rate`/ },
    {
      name: "both rate and monthly",
      line: "/exclusive-check months:12 rate:30 hours:40 monthly:5000",
      says: /not both: remove one/,
    },
    {
      name: "neither rate nor monthly",
      line: "/exclusive-check months:12",
      says: /Say what the contract pays/,
    },
    {
      name: "months:0",
      line: "/exclusive-check months:0 rate:30 hours:40",
      says: /`months` must be a whole number from 1 to 36/,
    },
    { name: "months:37", line: "/exclusive-check months:37 monthly:100", says: /from 1 to 36/ },
    {
      name: "hours:81",
      line: "/exclusive-check months:3 rate:30 hours:81",
      says: /`hours` must be a number from 1 to 80/,
    },
    {
      name: "jss:140",
      line: "/exclusive-check months:3 monthly:100 jss:140",
      says: /`jss` must be a number from 0 to 100/,
    },
    {
      name: "negative earnings",
      line: "/exclusive-check months:3 monthly:100 earnings:-5",
      says: /`earnings`/,
    },
    {
      name: "unknown category",
      line: "/exclusive-check months:3 monthly:100 category:plumbing",
      says: /writing.*web-mobile-software/,
    },
    {
      name: "unknown status",
      line: "/exclusive-check months:3 monthly:100 status:famous",
      says: /top_rated_plus/,
    },
    {
      name: "Top Rated without a score",
      line: "/exclusive-check months:3 monthly:100 status:top_rated",
      says: /add `jss`/,
    },
    {
      name: "other clients without when",
      line: "/exclusive-check months:3 monthly:100 other_clients:2",
      says: /needs `last_other_job_months`/,
    },
    {
      name: "a score with no other client",
      line: "/exclusive-check months:3 monthly:100 jss:95",
      says: /add `other_clients`/,
    },
    {
      name: "fractional other_clients",
      line: "/exclusive-check months:3 monthly:100 other_clients:1.5 last_other_job_months:2",
      says: /`other_clients`/,
    },
  ])("$name gets a private problem that says what to change", async ({ line, says }) => {
    const reply = await run(line);
    expect(reply.kind).toBe("problem");
    expect(reply.code).toBe("invalid-input");
    expect(reply.visibility).toBe("private");
    expect(reply.body).toMatch(says);
  });
});

describe("/exclusive-check options", () => {
  it("with exclusive:no, says that a second client only helps once taken", async () => {
    const reply = await run(`${issueLine} exclusive:no`);
    expect(reply.data.assumptions.join(" ")).toMatch(/assumes you take none/);
    expect(reply.data.jss_vanishes_month).toBe(4);
    expect(reply.data.advice.find((item) => item.id === "keep-second-client")?.text).toMatch(
      /^Take one small contract/,
    );
  });

  it("projects with an older ruleset on request", async () => {
    const reply = await run(`${issueLine} ruleset:2016-top-rated`);
    expect(reply.data.ruleset).toBe("2016-top-rated");
    expect(reply.data.months.every((row) => !row.top_rated_plus)).toBe(true);
    expect(reply.footer).toContain("2016-top-rated");
  });

  it("uses the category's large-contract line and reports the split that was asked about", async () => {
    const reply = await run(
      "/exclusive-check months:6 monthly:3000 split:quarterly category:writing earnings:12000",
    );
    expect(reply.data.split).toBe("quarterly");
    expect(
      reply.data.strategies.find((strategy) => strategy.split === "quarterly")?.large_contract_month,
    ).toBe(2);
    expect(reply.data.assumptions.join(" ")).not.toMatch(/No listed category/);
    expect(reply.sources?.length).toBeGreaterThan(0);
  });
});

describe("/exclusive-check through runCommand (typed options, as Discord sends them)", () => {
  it("answers typed options", async () => {
    const reply = (await runCommand(
      exclusiveCheckCommand,
      {
        months: 12,
        rate: 30,
        hours: 40,
        earnings: 4000,
        jss: 96,
        status: "top_rated",
        other_clients: 2,
        last_other_job_months: 20,
      },
      context(),
    )) as Reply<ExclusiveCheckData>;
    expect(reply.kind).toBe("message");
    expect(reply.data.jss_vanishes_month).toBe(4);
    expect(reply.data.top_rated_kept_until_month).toBe(3);
  });

  it.each([
    { input: { months: 12, rate: 30 }, says: /`rate` needs `hours`/ },
    { input: { months: 12, rate: 30, hours: 40, monthly: 5000 }, says: /not both/ },
    { input: { months: 0, monthly: 100 }, says: /`months`/ },
  ])("turns away $input with a private problem", async ({ input, says }) => {
    const reply = await runCommand(exclusiveCheckCommand, input, context());
    expect(reply).toMatchObject({ kind: "problem", code: "invalid-input", visibility: "private" });
    expect(reply.body).toMatch(says);
  });

  it("is registered in the one command list", () => {
    expect(commands).toContain(exclusiveCheckCommand);
  });
});

/** The member of the community thread: four of sixteen weeks in, JSS 100, $2,400 earned, a year exclusive at 40 h. */
const herLine =
  "/exclusive-check months:12 rate:25 hours:40 weeks:4 jss:100 earnings:2400 other_clients:2 last_other_job_months:1";

describe("/exclusive-check projects when Top Rated arrives and whether it lasts (issue 16, point 1)", () => {
  it("answers her in one sentence: Top Rated in month 3, kept to the end, lost 3 months after", async () => {
    const reply = await run(herLine);
    expect(reply.kind).toBe("message");
    expect(reply.data.outlook.top_rated).toMatchObject({
      held_now: false,
      gained_month: 3,
      held_at_contract_end: true,
      held_after_contract: false,
      lost: { month: 15, criteria: ["top_rated.recent_activity"] },
    });
    expect(reply.data.outlook.top_rated_plus).toMatchObject({ gained_month: 3, lost: { month: 15 } });
    const [headline = "", plusLine = ""] = reply.body.split("\n");
    expect(headline).toMatch(
      /^\*\*Top Rated arrives in month 3 \(Jan 2027\) and lasts to the end of the contract\*\*; it is lost in month 15 \(Jan 2028\), 3 months after, when 90 days pass without a proposal/,
    );
    expect(headline.match(/\. /g)).toBeNull();
    expect(plusLine).toBe("Top Rated Plus arrives in month 3 (Jan 2027) and goes with Top Rated.");
    expect(reply.data.months.slice(0, 3).map((row) => [row.eligible_weeks, row.top_rated])).toEqual([
      [8, false],
      [12, false],
      [16, true],
    ]);
    expect(reply.data.advice[1]?.id).toBe("activity-after-contract");
  });

  const base =
    "/exclusive-check months:12 rate:25 hours:40 earnings:2400 other_clients:2 last_other_job_months:1";
  it.each([
    { name: "4 weeks counted", change: "jss:100 weeks:4", gained: 3 },
    { name: "12 weeks counted", change: "jss:100 weeks:12", gained: 1 },
    { name: "12 good weeks then 4 bad ones, exactly", change: "jss:100 history:1111111111110000", gained: 3 },
    { name: "no weeks given: counted from none", change: "jss:100", gained: 3 },
    {
      name: "a first contract 30 days old holds it to month 2",
      change: "jss:100 weeks:12 first_contract_days:30",
      gained: 2,
    },
    { name: "a score under 90", change: "jss:85 weeks:4", gained: null },
    { name: "a stated 80% profile", change: "jss:100 weeks:12 profile:80", gained: null },
    {
      name: "an 80% profile from Elance is still short",
      change: "jss:100 weeks:12 profile:80 elance:yes",
      gained: null,
    },
    { name: "a 95% profile from Elance", change: "jss:100 weeks:12 profile:95 elance:yes", gained: 1 },
  ])("$name: Top Rated arrives in month $gained", async ({ change, gained }) => {
    const reply = await run(`${base} ${change}`);
    expect(reply.kind, reply.body).toBe("message");
    expect(reply.data.outlook.top_rated.gained_month).toBe(gained);
    if (gained === null) {
      expect(reply.data.outlook.top_rated.blocked_by.length).toBeGreaterThan(0);
      expect(reply.body.split("\n")[0]).toContain("**Top Rated does not arrive during this contract**: ");
    }
  });

  it("says why it does not arrive, naming the criterion", async () => {
    const low = await run(herLine.replace("jss:100", "jss:85"));
    expect(low.data.outlook.top_rated.blocked_by).toContain("top_rated.jss_current");
    expect(low.body.split("\n")[0]).toContain("your score of 85% is under 90% (`top_rated.jss_current`)");
    const profile = await run(`${herLine} profile:80`);
    expect(profile.data.outlook.top_rated.blocked_by).toEqual(["top_rated.profile_complete"]);
  });

  it("loses it again during the contract when the score disappears, and says so", async () => {
    const reply = await run(
      herLine.replace("other_clients:2 last_other_job_months:1", "other_clients:1 last_other_job_months:12"),
    );
    expect(reply.data.outlook.top_rated).toMatchObject({
      gained_month: 3,
      lost: { month: 12 },
      held_at_contract_end: false,
    });
    expect(reply.body.split("\n")[0]).toMatch(
      /^\*\*Top Rated arrives in month 3 \(Jan 2027\) but is lost again in month 12/,
    );
  });

  it("names what it assumed about her progress", async () => {
    const assumptions = (await run(herLine)).data.assumptions.join(" ");
    expect(assumptions).toContain("Your bad weeks are taken as the oldest ones");
    expect(assumptions).toContain("Your score stays at 100%");
    expect(assumptions).toContain("your first contract started over 90 days ago");
    expect(assumptions).toContain("`first_contract_days`");
    const stated = await run(`${herLine} first_contract_days:400 profile:100 hold:no available:yes`);
    expect(stated.data.outlook.top_rated.assumed).toEqual([]);
    expect(stated.data.assumptions.join(" ")).not.toContain("Taken as met, as you did not say: your profile");
  });

  it("refuses weeks and history together, as /eligibility does", async () => {
    const reply = await run(`${herLine} history:0000111111111111`);
    expect(reply).toMatchObject({ kind: "problem", code: "invalid-input" });
    expect(reply.body).toContain("either `weeks` or `history`");
  });
});

describe("/exclusive-check marks what rests on inference or secondary sources (issue 16, point 5)", () => {
  it.each([
    { risk: "jss-needs-second-client", inferred: true, grade: "primary" },
    { risk: "exclusivity-scope", inferred: true, grade: "primary" },
    { risk: "off-platform-pressure", inferred: false, grade: "primary" },
    { risk: "inactivity-after-contract", inferred: false, grade: "primary" },
    { risk: "top-rated-lost", inferred: false, grade: "primary" },
  ])("her case: $risk is inferred: $inferred ($grade)", async ({ risk, inferred, grade }) => {
    const reply = await run(herLine);
    const found = reply.data.risks.find((candidate) => candidate.id === risk);
    expect(found?.basis).toEqual({ inferred, grade });
  });

  it("marks the month-23 score line as inferred, in the text too", async () => {
    const reply = await run(herLine);
    const line = reply.body.split("\n").find((candidate) => candidate.includes("`jss-needs-second-client`"));
    expect(line).toContain("score disappears in month 23");
    expect(line).toMatch(/_\(inferred\)_$/);
    expect(reply.body).toContain("_Inferred_: gigdesk's reading");
    expect(reply.body).toMatch(
      /up to 15% per contract could cost \$[\d,]+ more _\(secondary sources only\)_/,
    );
  });

  it("marks losing Top Rated to the vanishing score as inferred, and losing it to inactivity as stated", async () => {
    const vanishing = await run(issueLine);
    expect(vanishing.data.outlook.top_rated.basis).toEqual({ grade: "primary", inferred: true });
    expect(vanishing.body.split("\n")[0]).toMatch(/_\(inferred\)_$/);
    const inactive = await run(herLine);
    expect(inactive.data.outlook.top_rated.basis).toEqual({ grade: "primary", inferred: false });
    expect(inactive.body.split("\n")[0]).not.toContain("_(inferred)_");
  });
});

describe("/exclusive-check argues each structure from its own numbers (issue 16, point 6)", () => {
  it.each([
    {
      name: "$30 x 40 h: quarterly passes the line too, monthly never",
      line: "/exclusive-check months:12 rate:30 hours:40",
      verdicts: { none: "recommended", quarterly: "workable", monthly: "not-advised" },
      quarterlyAgainst: ["weight-restarts", "extra-client-fees", "fee-reset-exposure"],
    },
    {
      name: "web development ($15,000 line): quarterly contracts never pass it",
      line: "/exclusive-check months:12 rate:30 hours:40 category:web-mobile-software",
      verdicts: { none: "recommended", quarterly: "not-advised", monthly: "not-advised" },
      quarterlyAgainst: ["no-large-contract", "weight-restarts", "extra-client-fees", "fee-reset-exposure"],
    },
    {
      name: "a score under 90 tips it to quarterly",
      line: "/exclusive-check months:12 rate:30 hours:40 jss:85 other_clients:2 last_other_job_months:1",
      verdicts: { none: "workable", quarterly: "recommended", monthly: "not-advised" },
      quarterlyAgainst: ["weight-restarts", "extra-client-fees", "fee-reset-exposure"],
    },
  ])("$name", async ({ line, verdicts, quarterlyAgainst }) => {
    const reply = await run(line);
    const bySplit = Object.fromEntries(reply.data.strategies.map((strategy) => [strategy.split, strategy]));
    expect(
      Object.fromEntries(reply.data.strategies.map((strategy) => [strategy.split, strategy.verdict])),
    ).toEqual(verdicts);
    expect(bySplit.quarterly?.reasons_against.map((reason) => reason.code)).toEqual(quarterlyAgainst);
    // The sentence about quarterly argues from quarterly's numbers only.
    const quarterly = reply.body
      .split(/(?<=\.)[ \n]/)
      .find((sentence) => /^(`split:quarterly` is|Use quarterly contracts)/.test(sentence));
    expect(quarterly).toBeDefined();
    expect(quarterly).not.toMatch(/monthly/);
    const passes = bySplit.quarterly?.large_contract_month !== null;
    expect(quarterly?.includes("no contract passes")).toBe(!passes);
  });
});
