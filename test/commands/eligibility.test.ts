import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eligibilityCommand } from "../../commands/eligibility.js";
import { commands } from "../../commands/index.js";
import type { CommandContext } from "../../src/command-kit/command.js";
import { runCommand } from "../../src/command-kit/run-command.js";
import { runTextCommand } from "../../src/command-kit/text-invocation.js";
import type { Actor } from "../../src/core/actor.js";
import type { Reply } from "../../src/core/reply.js";
import type { TierVerdict } from "../../src/core/rules/eligibility.js";
import { categoryChoices, rulesetIdChoices } from "../../src/core/rules/ruleset-choices.js";
import type { Services } from "../../src/ports/services.js";
import { memoryLogger } from "../support/memory-logger.js";

/** The rules commands read only the clock and, through runCommand, the logger and command list. */
function rulesCommandContext(now = new Date("2026-11-26T12:00:00Z")): CommandContext {
  const actor: Actor = {
    platform: "console",
    communityId: "console",
    userId: "u1",
    displayName: "Ana",
    isModerator: false,
  };
  const services = { commands, logger: memoryLogger().logger } as unknown as Services;
  return { actor, services, commands, now };
}

interface EligibilityData {
  ruleset: string;
  tiers: (TierVerdict & { unknown: { criterion: string; add_options: string[] }[] })[];
  disagreements: { criterion: string; note: string }[];
}

async function ask(line: string): Promise<Reply<EligibilityData>> {
  const { command, reply } = await runTextCommand(line, rulesCommandContext());
  expect(command).toBe("eligibility");
  return reply as Reply<EligibilityData>;
}

function tier(reply: Reply<EligibilityData>, id: string): EligibilityData["tiers"][number] {
  const found = reply.data.tiers.find((verdict) => verdict.tier === id);
  if (!found) throw new Error(`no ${id} in ${JSON.stringify(reply.data)}`);
  return found;
}

const eligibleLine = "/eligibility jss:95 weeks:16 earnings:1500 first_contract_days:200";

describe("/eligibility: what it must show", () => {
  it("reports top_rated eligible, privately, with the unofficial footer", async () => {
    const reply = await ask(eligibleLine);
    expect(reply).toMatchObject({ kind: "message", visibility: "private" });
    expect(reply.data.ruleset).toBe("2024-current");
    expect(tier(reply, "top_rated")).toMatchObject({ status: "eligible", unmet: [], eta_weeks: 0 });
    expect(reply.data.tiers.map((verdict) => verdict.tier)).toEqual([
      "rising_talent",
      "top_rated",
      "top_rated_plus",
      "expert_vetted",
    ]);
    expect(reply.footer).toMatch(
      /gigdesk is unofficial; Upwork's help centre is the authority\. Ruleset 2024-current, effective 2024-09-01/,
    );
  });

  it.each([
    ["jss:89.99", "top_rated.jss_current", 90, 89.99],
    ["weeks:12", "top_rated.jss_weeks", 13, 12],
    ["earnings:999", "top_rated.earnings_12m", 1000, 999],
    ["first_contract_days:90", "top_rated.first_contract_age", 90, 90],
    ["profile:99", "top_rated.profile_complete", 100, 99],
    ["hold:yes", "top_rated.no_recent_hold", false, true],
    ["active_days:91", "top_rated.recent_activity", 90, 91],
    ["available:no", "top_rated.availability_current", true, false],
  ])(
    "lowering one input (%s) reports exactly %s with need and have",
    async (change, criterion, need, have) => {
      const [name] = change.split(":");
      const line = `${eligibleLine.replace(new RegExp(`${name}:\\S+`), "")} ${change}`;
      const verdict = tier(await ask(line), "top_rated");
      expect(verdict.status).toBe("not_eligible");
      expect(verdict.unmet).toEqual([expect.objectContaining({ criterion, need, have })]);
    },
  );

  it("weeks:9 gives 4 weeks as a best case, and says so", async () => {
    const reply = await ask("/eligibility jss:95 weeks:9 earnings:1500 first_contract_days:200");
    expect(tier(reply, "top_rated")).toMatchObject({
      status: "not_eligible",
      eta_weeks: 4,
      eta_is_best_case: true,
    });
    expect(reply.body).toContain(
      "4 more eligible weeks: the earliest is in 4 weeks, if your JSS stays at 90 or above",
    );
    expect(reply.body).toMatch(/best case/);
  });

  it("a history of four bad weeks then twelve good ones gives exactly 1 week", async () => {
    const reply = await ask(
      "/eligibility jss:95 history:0000111111111111 earnings:1500 first_contract_days:200",
    );
    expect(tier(reply, "top_rated")).toMatchObject({
      status: "not_eligible",
      eta_weeks: 1,
      eta_is_best_case: false,
    });
    expect(reply.body).not.toMatch(/best case/);
  });

  it.each([
    ["jss:140", "jss", /from 0 to 100/],
    ["earnings:-5", "earnings", /a number ≥ 0/],
    ["history:10x1", "history", /16 characters of 1 and 0, oldest week first/],
    ["weeks:17", "weeks", /whole number from 0 to 16/],
    ["rating:6", "rating", /from 1 to 5/],
    ["category:cooking", "category", /`writing`/],
    ["ruleset:1999", "ruleset", /`2024-current`, `2016-top-rated`/],
  ])("%s gets a private problem naming %s and its range", async (option, name, range) => {
    const reply = await ask(`/eligibility ${option}`);
    expect(reply).toMatchObject({ kind: "problem", code: "invalid-input", visibility: "private" });
    expect(reply.data).toMatchObject({ option: name });
    expect(reply.body).toContain(name);
    expect(reply.body).toMatch(range);
  });
});

describe("/eligibility wording", () => {
  it("says how much is missing in plain words", async () => {
    const reply = await ask("/eligibility jss:95 weeks:4 earnings:850 first_contract_days:200");
    expect(reply.body).toContain("$150 more in 12-month earnings");
    expect(reply.body).toContain(
      "9 more eligible weeks: the earliest is in 9 weeks, if your JSS stays at 90 or above",
    );
    // Earnings do not grow by waiting, so there is no earliest date.
    expect(tier(reply, "top_rated").eta_weeks).toBeNull();
    expect(reply.body).toContain("Waiting alone will not get you there.");
  });

  it("names the option to add instead of guessing", async () => {
    const reply = await ask("/eligibility jss:95 weeks:16 first_contract_days:200");
    const verdict = tier(reply, "top_rated");
    expect(verdict.status).toBe("unknown");
    expect(verdict.unknown).toEqual([
      expect.objectContaining({ criterion: "top_rated.earnings_12m", add_options: ["earnings"] }),
    ]);
    expect(reply.body).toContain("add `earnings:`");
  });

  it("asks for history or weeks when neither is given", async () => {
    const reply = await ask("/eligibility jss:95 earnings:1500 first_contract_days:200");
    expect(tier(reply, "top_rated").unknown[0]?.add_options).toEqual(["history", "weeks"]);
    expect(reply.body).toContain("add `history:` (or `weeks:`)");
  });

  it("explains a missing JSS instead of treating it as unknown", async () => {
    const reply = await ask("/eligibility weeks:16 earnings:1500 first_contract_days:200");
    expect(tier(reply, "top_rated").unmet).toEqual([
      expect.objectContaining({ criterion: "top_rated.jss_current", have: null }),
    ]);
    expect(reply.body).toContain("you have no score yet");
  });

  it("surfaces where sources disagree on a deciding criterion", async () => {
    const reply = await ask("/eligibility jss:95 weeks:9 earnings:1500 first_contract_days:200");
    expect(reply.data.disagreements.map((entry) => entry.criterion)).toContain("top_rated.jss_weeks");
    expect(reply.body).toContain("Where sources disagree");
  });

  it("refuses weeks and history together", async () => {
    const reply = await ask("/eligibility weeks:3 history:0000111111111111");
    expect(reply).toMatchObject({ kind: "problem", code: "invalid-input", visibility: "private" });
    expect(reply.body).toContain("either `weeks` or `history`");
  });

  it("compares against the 2016 rules on request", async () => {
    const reply = await ask(
      "/eligibility jss:95 earnings:1500 first_contract_days:40 ruleset:2016-top-rated",
    );
    expect(reply.data.ruleset).toBe("2016-top-rated");
    expect(reply.data.tiers).toEqual([expect.objectContaining({ tier: "top_rated", status: "eligible" })]);
    expect(reply.body).toContain("not part of ruleset `2016-top-rated`");
    expect(reply.footer).toContain("2016-top-rated");
    const now = await ask("/eligibility jss:95 weeks:16 earnings:1500 first_contract_days:40");
    expect(tier(now, "top_rated").unmet.map((entry) => entry.criterion)).toEqual([
      "top_rated.first_contract_age",
    ]);
  });

  it("uses the category's large-contract amount", async () => {
    const base = "/eligibility jss:96 weeks:16 earnings:14000 first_contract_days:400";
    expect(tier(await ask(`${base} largest_contract:6000 category:writing`), "top_rated_plus").status).toBe(
      "eligible",
    );
    const web = await ask(`${base} largest_contract:6000 category:web-mobile-software`);
    expect(tier(web, "top_rated_plus").unmet).toEqual([
      expect.objectContaining({ criterion: "top_rated_plus.large_contract", need: 15000, have: 6000 }),
    ]);
    expect(web.body).toContain("more than $15,000 earned for web-mobile-software");
  });
});

describe("/eligibility never crashes", () => {
  const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
  const validOptions = fc
    .record({
      jss: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
      weeks: maybe(fc.integer({ min: 0, max: 16 })),
      history: maybe(fc.stringMatching(/^[01]{16}$/)),
      earnings: maybe(fc.double({ min: 0, max: 100_000_000, noNaN: true })),
      first_contract_days: maybe(fc.integer({ min: 0, max: 36_500 })),
      profile: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
      hold: maybe(fc.boolean()),
      active_days: maybe(fc.integer({ min: 0, max: 36_500 })),
      available: maybe(fc.boolean()),
      largest_contract: maybe(fc.double({ min: 0, max: 100_000_000, noNaN: true })),
      category: maybe(fc.constantFrom(...categoryChoices)),
      agency: maybe(fc.boolean()),
      rating: maybe(fc.double({ min: 1, max: 5, noNaN: true })),
      ruleset: maybe(fc.constantFrom(...rulesetIdChoices)),
    })
    .map((options) => Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)));

  it("answers every schema-valid input with a message or the weeks/history problem", async () => {
    await fc.assert(
      fc.asyncProperty(validOptions, async (options) => {
        const reply = await runCommand(eligibilityCommand, options, rulesCommandContext());
        if ("weeks" in options && "history" in options) {
          expect(reply.code).toBe("invalid-input");
          return;
        }
        expect(reply.kind).toBe("message");
        expect(reply.visibility).toBe("private");
        expect(reply.footer).toContain("unofficial");
      }),
      { numRuns: 300 },
    );
  });

  it("answers any text after /eligibility without an internal error", async () => {
    const token = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc
        .tuple(
          fc.constantFrom("jss", "weeks", "history", "earnings", "hold", "category", "rating"),
          fc.string({ maxLength: 20 }),
        )
        .map(([name, value]) => `${name}:${value}`),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 6 }), async (tokens) => {
        const { reply } = await runTextCommand(`/eligibility ${tokens.join(" ")}`, rulesCommandContext());
        expect(reply.code).not.toBe("internal-error");
      }),
      { numRuns: 300 },
    );
  });
});
