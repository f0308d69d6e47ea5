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
