import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eligibilityCommand } from "../../commands/eligibility.js";
import { commands } from "../../commands/index.js";
import type { CommandContext } from "../../src/command-kit/command.js";
import { runCommand } from "../../src/command-kit/run-command.js";
import { runTextCommand } from "../../src/command-kit/text-invocation.js";
import type { Actor } from "../../src/core/actor.js";
import type { Reply } from "../../src/core/reply.js";
import type { TierVerdict } from "../../src/core/rules/eligibility/tier-verdict.js";
import { categoryChoices, upworkRulesetIdChoices } from "../../src/core/rules/ruleset-choices.js";
import type { Services } from "../../src/ports/services.js";
import { fixedSettings } from "../support/fixed-settings.js";
import { memoryLogger } from "../support/memory-logger.js";

/** The rules commands read the clock, the community's settings and, through runCommand, the logger and command list. */
function rulesCommandContext(now = new Date("2026-11-26T12:00:00Z")): CommandContext {
  const actor: Actor = {
    platform: "console",
    spaceId: "console",
    communityId: "console",
    userId: "u1",
    displayName: "Ana",
    isModerator: false,
  };
  const services = {
    commands,
    logger: memoryLogger().logger,
    settings: fixedSettings(),
  } as unknown as Services;
  return { actor, services, commands, now };
}

interface EligibilityData {
  ruleset: string;
  tiers: (TierVerdict & { unknown: { criterion: string; add_options: string[] }[] })[];
  assumptions: { criterion: string; condition: string; add_options: string[]; state_with: string | null }[];
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
      agency: maybe(fc.constantFrom("no", "yes", "exclusive_member")),
      rating: maybe(fc.double({ min: 1, max: 5, noNaN: true })),
      ruleset: maybe(fc.constantFrom(...upworkRulesetIdChoices)),
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
        // Discord's embed description holds 4,096 characters.
        expect(reply.body.length).toBeLessThanOrEqual(4096);
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

/** Every fact /eligibility can assume, stated as met. */
const allStated = "profile:100 hold:no active_days:3 available:yes verified:yes negative:none agency:no";
const plusLine =
  "/eligibility jss:96 weeks:16 earnings:14000 first_contract_days:400 largest_contract:6000 category:writing";

describe("/eligibility checks every criterion the research notes list (issue 16, point 2)", () => {
  it.each([
    [
      "/eligibility rating:5 earnings:500 verified:payout_only",
      "rising_talent",
      "rising_talent.identity_verified",
    ],
    [
      "/eligibility rating:5 earnings:500 verified:identity_only",
      "rising_talent",
      "rising_talent.payout_method",
    ],
    [
      "/eligibility rating:5 earnings:500 negative:feedback",
      "rising_talent",
      "rising_talent.no_negative_feedback",
    ],
    [
      `${plusLine} negative:large_contract`,
      "top_rated_plus",
      "top_rated_plus.large_contract_no_negative_outcome",
    ],
    [`${plusLine} agency:exclusive_member`, "top_rated_plus", "top_rated_plus.not_exclusive_agency_member"],
  ])("%s: %s is not eligible because of %s", async (line, tierId, criterion) => {
    const verdict = tier(await ask(line), tierId);
    expect(verdict.status).toBe("not_eligible");
    expect(verdict.unmet.map((entry) => entry.criterion)).toEqual([criterion]);
  });

  it.each([
    ["translation", "invitation_only", "unmet"],
    ["writing", "invitation_only", "met"],
    ["other", "invitation_only", "unmet"],
  ])(
    "Expert-Vetted in category:%s stays %s and the selected-category rule is %s",
    async (category, status, how) => {
      const verdict = tier(await ask(`/eligibility category:${category}`), "expert_vetted");
      expect(verdict.status).toBe(status);
      const where = how === "met" ? verdict.met : verdict.unmet.map((entry) => entry.criterion);
      expect(where).toContain("expert_vetted.selected_category");
    },
  );
});

describe("/eligibility names what it assumed (issue 16, point 3)", () => {
  it.each([
    [
      "/eligibility rating:5 earnings:500",
      "rising_talent",
      [
        "rising_talent.profile_complete",
        "rising_talent.recent_activity",
        "rising_talent.no_hold",
        "rising_talent.no_negative_feedback",
        "rising_talent.identity_verified",
        "rising_talent.payout_method",
      ],
    ],
    [
      eligibleLine,
      "top_rated",
      [
        "top_rated.profile_complete",
        "top_rated.availability_current",
        "top_rated.no_recent_hold",
        "top_rated.recent_activity",
      ],
    ],
    [
      `${plusLine} profile:100 hold:no active_days:3 available:yes`,
      "top_rated_plus",
      ["top_rated_plus.large_contract_no_negative_outcome", "top_rated_plus.not_exclusive_agency_member"],
    ],
  ])("%s: %s is eligible if … and lists %j", async (line, tierId, assumed) => {
    const reply = await ask(line);
    const verdict = tier(reply, tierId);
    expect(verdict.status).toBe("eligible");
    expect(verdict.assumed).toEqual(assumed);
    const name = { rising_talent: "Rising Talent", top_rated: "Top Rated", top_rated_plus: "Top Rated Plus" }[
      tierId
    ];
    expect(reply.body).toContain(`**${name}**: eligible if `);
    expect(reply.body).not.toContain(`**${name}**: eligible.`);
    for (const id of assumed) {
      const entry = reply.data.assumptions.find((assumption) => assumption.criterion === id);
      expect(entry?.state_with, id).toMatch(/^[a-z_]+:/);
      expect(reply.body).toContain(`\`${entry?.state_with}\``);
    }
  });

  it("Top Rated Plus inherits what Top Rated assumed", async () => {
    const verdict = tier(await ask(plusLine), "top_rated_plus");
    expect(verdict.status).toBe("eligible");
    expect(verdict.assumed).toEqual(
      expect.arrayContaining(["top_rated.profile_complete", "top_rated.recent_activity"]),
    );
  });

  it("says a bare eligible only when nothing was assumed", async () => {
    const reply = await ask(`${plusLine} ${allStated}`);
    for (const id of ["top_rated", "top_rated_plus"])
      expect(tier(reply, id)).toMatchObject({ status: "eligible", assumed: [] });
    expect(reply.body).toContain("**Top Rated**: eligible. The badge usually appears within about 48 hours");
    expect(reply.body).toContain(
      "**Top Rated Plus**: eligible. The badge usually appears within about 72 hours",
    );
    expect(reply.data.assumptions.map((entry) => entry.criterion)).not.toContain(
      "top_rated.profile_complete",
    );
  });

  it("names the assumptions of a verdict that is not eligible too", async () => {
    const reply = await ask("/eligibility jss:95 weeks:9 earnings:1500 first_contract_days:200");
    expect(tier(reply, "top_rated").assumed).toContain("top_rated.no_recent_hold");
    expect(reply.body).toContain("This also assumes");
  });

  it("never says eligible without its assumptions, whatever the options", async () => {
    const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
    const stated = fc
      .record({
        jss: maybe(fc.constantFrom(85, 95)),
        weeks: maybe(fc.constantFrom(9, 16)),
        earnings: maybe(fc.constantFrom(500, 1500, 14000)),
        first_contract_days: maybe(fc.constantFrom(40, 400)),
        profile: maybe(fc.constantFrom(95, 100)),
        hold: maybe(fc.boolean()),
        active_days: maybe(fc.constantFrom(3, 120)),
        available: maybe(fc.boolean()),
        rating: maybe(fc.constantFrom(4.5, 5)),
        largest_contract: maybe(fc.constantFrom(6000, 30000)),
        verified: maybe(fc.constantFrom("yes", "identity_only", "payout_only", "no")),
        negative: maybe(fc.constantFrom("none", "feedback", "large_contract", "both")),
      })
      .map((options) =>
        Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)),
      );
    await fc.assert(
      fc.asyncProperty(stated, async (options) => {
        const reply = (await runCommand(
          eligibilityCommand,
          options,
          rulesCommandContext(),
        )) as Reply<EligibilityData>;
        for (const verdict of reply.data.tiers.filter((candidate) => candidate.status === "eligible")) {
          const name =
            verdict.tier === "rising_talent"
              ? "Rising Talent"
              : verdict.tier === "top_rated"
                ? "Top Rated"
                : "Top Rated Plus";
          expect(reply.body).toContain(
            verdict.assumed.length > 0 ? `**${name}**: eligible if ` : `**${name}**: eligible.`,
          );
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("/eligibility counts Rising Talent weeks and the Elance profile rule (issue 16, point 4)", () => {
  const base = "/eligibility weeks:9 earnings:1500 first_contract_days:200";
  it.each([
    [`${base} jss:95`, 4, true],
    [`${base} level:rising_talent`, 4, true],
    [`${base}`, null, false],
    [`${base} jss:85 level:rising_talent`, 4, true],
  ])("%s: the weeks criterion waits %s week(s)", async (line, wait, bestCase) => {
    const entry = tier(await ask(line), "top_rated").unmet.find(
      (candidate) => candidate.criterion === "top_rated.jss_weeks",
    );
    expect(entry).toMatchObject({ wait_weeks: wait, wait_is_best_case: bestCase });
  });

  it("the weeks and history help say that Rising Talent weeks count", async () => {
    const { reply } = await runTextCommand("/help command:eligibility", rulesCommandContext());
    const options = (reply.data as { options: { name: string; description: string }[] }).options;
    for (const name of ["weeks", "history", "level"]) {
      expect(options.find((option) => option.name === name)?.description, name).toMatch(
        /Rising Talent|eligible/,
      );
    }
    expect(options.find((option) => option.name === "weeks")?.description).toContain("Rising Talent");
  });

  it.each([
    ["profile:95", "unmet", "2024-current"],
    ["profile:95 elance:yes", "met", "2024-current"],
    ["profile:89 elance:yes", "unmet", "2024-current"],
    ["profile:95 elance:no", "unmet", "2024-current"],
    ["profile:95 elance:yes", "met", "2016-top-rated"],
    ["profile:95", "unmet", "2016-top-rated"],
  ])("%s under %s: the profile rule is %s", async (change, how, ruleset) => {
    const reply = await ask(`${eligibleLine} ${change} ruleset:${ruleset}`);
    const verdict = tier(reply, "top_rated");
    if (how === "met") expect(verdict.met).toContain("top_rated.profile_complete");
    else expect(verdict.unmet.map((entry) => entry.criterion)).toEqual(["top_rated.profile_complete"]);
  });

  it("tells a 95% profile that 90% is enough if it came from Elance, unless that was already said", async () => {
    expect((await ask(`${eligibleLine} profile:95`)).body).toContain("add `elance:yes` if it did");
    expect((await ask(`${eligibleLine} profile:95 elance:no`)).body).not.toContain("elance:yes");
  });
});

describe("/eligibility's wording lives in core", () => {
  it("names only options the command has", async () => {
    const { optionForMissing } = await import("../../src/core/rules/eligibility/eligibility-options.js");
    const names = Object.keys(eligibilityCommand.options.shape);
    for (const option of [...Object.values(optionForMissing), "weeks", "elance", "level"]) {
      expect(names, option).toContain(option);
    }
  });
});

describe("/eligibility fits a Discord embed when everything fails", () => {
  it("keeps every verdict and shortens the disagreements to their ids", async () => {
    const reply = await ask(
      "/eligibility jss:80 weeks:2 earnings:100 first_contract_days:10 profile:50 hold:yes active_days:200 available:no rating:3 largest_contract:100 verified:no negative:both agency:exclusive_member category:legal",
    );
    expect(reply.body.length).toBeLessThanOrEqual(4096);
    for (const verdict of reply.data.tiers) {
      for (const entry of verdict.unmet)
        expect(reply.body, entry.criterion).toContain(`\`${entry.criterion}\``);
    }
    expect(reply.body).not.toContain("**Where sources disagree**");
    expect(reply.body).toMatch(
      /Sources disagree on .*`top_rated\.jss_weeks`.*; `\/status` shows which one gigdesk follows\./,
    );
    expect(reply.data.disagreements.length).toBeGreaterThan(0);
  });
});
