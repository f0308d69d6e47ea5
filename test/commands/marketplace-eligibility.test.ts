import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import type { CommandContext } from "../../src/command-kit/command.js";
import { runTextCommand } from "../../src/command-kit/text-invocation.js";
import type { Actor } from "../../src/core/actor.js";
import type { CommunitySettings } from "../../src/core/community-settings.js";
import type { Reply } from "../../src/core/reply.js";
import type { EligibilityData } from "../../src/core/rules/eligibility/render-eligibility.js";
import { findRuleset } from "../../src/core/rules/ruleset-catalog.js";
import type { Services } from "../../src/ports/services.js";
import {
  boundaryLine,
  levelTwoAtEveryTopRatedBar,
  numericBoundaries,
  statedBoundaries,
} from "../fixtures/marketplace-boundaries.js";
import { fixedSettings } from "../support/fixed-settings.js";
import { memoryLogger } from "../support/memory-logger.js";

function context(settings: Partial<CommunitySettings> = {}): CommandContext {
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
    settings: fixedSettings(settings),
  } as unknown as Services;
  return { actor, services, commands, now: new Date("2026-11-26T12:00:00Z") };
}

async function ask(line: string, settings: Partial<CommunitySettings> = {}): Promise<Reply<EligibilityData>> {
  const { reply } = await runTextCommand(line, context(settings));
  return reply as Reply<EligibilityData>;
}

function tier(reply: Reply<EligibilityData>, id: string): EligibilityData["tiers"][number] {
  const found = reply.data.tiers?.find((verdict) => verdict.tier === id);
  if (!found) throw new Error(`no ${id} in ${reply.body}`);
  return found;
}

const criterionTier = (criterion: string) => criterion.split(".")[0] ?? criterion;

describe("/eligibility boundaries of every computable criterion of the new statuses (issue 19)", () => {
  it.each(
    numericBoundaries.flatMap((row) => [
      [row.criterion, "at", row.at, "met", row] as const,
      [row.criterion, "just below", row.below, "unmet", row] as const,
      [row.criterion, "just above", row.above, "met", row] as const,
    ]),
  )("%s %s the bar (%s) is %s", async (criterion, _where, value, expected, row) => {
    const reply = await ask(boundaryLine(row.marketplace, row.option, value));
    expect(reply.kind, reply.body).toBe("message");
    const verdict = tier(reply, criterionTier(criterion));
    // The same shape as Upwork's tiers.
    expect(Object.keys(verdict)).toEqual(
      expect.arrayContaining(["tier", "status", "met", "unmet", "unknown", "assumed"]),
    );
    if (expected === "met") {
      expect(verdict.met).toContain(criterion);
      expect(verdict.unmet.map((entry) => entry.criterion)).not.toContain(criterion);
    } else {
      expect(verdict.unmet).toEqual(
        expect.arrayContaining([expect.objectContaining({ criterion, need: row.bar, have: Number(value) })]),
      );
      expect(verdict.status).toBe("not_eligible");
      expect(reply.body).toContain(`\`${criterion}\``);
    }
  });

  it.each(
    statedBoundaries.flatMap((row) => [
      ...row.meets.map(
        (value) => [row.criterion, `${row.option}:${value}`, "met", row.option, value] as const,
      ),
      ...row.fails.map(
        (value) => [row.criterion, `${row.option}:${value}`, "unmet", row.option, value] as const,
      ),
    ]),
  )("%s with %s is %s", async (criterion, _stated, expected, option, value) => {
    const verdict = tier(await ask(boundaryLine("fiverr", option, value)), criterionTier(criterion));
    if (expected === "met") expect(verdict.met).toContain(criterion);
    else expect(verdict.unmet.map((entry) => entry.criterion)).toContain(criterion);
  });

  it("covers every criterion that figures decide in the new computable statuses", () => {
    const covered = new Set([...numericBoundaries, ...statedBoundaries].map((row) => row.criterion));
    for (const id of ["fiverr-2024-levels", "malt-super-malter"]) {
      for (const rules of Object.values(findRuleset(id)?.statuses ?? {})) {
        if (rules.notComputable) continue;
        for (const criterion of rules.criteria) {
          if (criterion.threshold.kind === "unpublished" || criterion.threshold.kind === "review") continue;
          expect(covered, criterion.id).toContain(criterion.id);
        }
      }
    }
  });

  it("assumes the account standing when it is not stated, and says so", async () => {
    const line = boundaryLine("fiverr", "hold", "no").replace(" hold:no", "");
    const reply = await ask(line);
    expect(tier(reply, "level_1").assumed).toEqual(["level_1.not_flagged"]);
    expect(
      reply.data.assumptions.find((entry) => entry.criterion === "level_1.not_flagged")?.state_with,
    ).toBe("hold:no");
  });
});

describe("bars Fiverr does not publish stay unknown, whatever the figures", () => {
  it.each(["1", "5", "10"])(
    "success_score:%s leaves Level 1's and Level 2's success score bars open",
    async (score) => {
      const reply = await ask(boundaryLine("fiverr", "success_score", score));
      for (const [level, ids] of [
        ["level_1", ["level_1.success_score", "level_1.response_rate"]],
        ["level_2", ["level_2.success_score", "level_2.response_rate", "level_2.orders"]],
      ] as const) {
        const verdict = tier(reply, level);
        expect(verdict.status).toBe("unknown");
        expect(verdict.unknown).toEqual(
          ids.map((criterion) => expect.objectContaining({ criterion, unpublished: true, add_options: [] })),
        );
      }
      expect(reply.body).toContain("**Level 1**: cannot tell: Fiverr does not publish 2 of its bars");
      expect(reply.body).toContain("does not guess one");
    },
  );
});

describe("issue 19: a Level 2 member at every published Top Rated bar", () => {
  it("can be reviewed for Top Rated; she is not told she is Top Rated", async () => {
    const reply = await ask(levelTwoAtEveryTopRatedBar);
    const topRated = tier(reply, "top_rated");
    expect(topRated).toMatchObject({
      status: "qualifies_for_review",
      unmet: [],
      unknown: [],
      assumed: ["top_rated.not_flagged"],
      review: { criterion: "top_rated.manual_review", retry_after_months: 6 },
    });
    expect(topRated.met.toSorted()).toEqual(
      [
        "top_rated.level_2",
        "top_rated.success_score",
        "top_rated.rating",
        "top_rated.response_rate",
        "top_rated.orders",
        "top_rated.unique_clients",
        "top_rated.earnings",
      ].toSorted(),
    );
    expect(reply.body).toContain("**Top Rated**: you can be reviewed for it if your account is not flagged");
    expect(reply.body).toContain("which is not the same as holding it");
    expect(reply.body).toContain("reviewed again after 6 months");
    expect(reply.body).not.toMatch(/\*\*Top Rated\*\*: eligible/);
  });

  it("is told what stops the review when one bar is missed, and that a review still follows", async () => {
    const reply = await ask(levelTwoAtEveryTopRatedBar.replace("orders:40", "orders:39"));
    expect(tier(reply, "top_rated")).toMatchObject({ status: "not_eligible" });
    expect(reply.body).toContain("1 more completed order (the bar is 40; you have 39)");
    expect(reply.body).toContain("Top Rated still needs a review");
  });

  it("needs Level 2 first when she is Level 1, however good her figures", async () => {
    const reply = await ask(levelTwoAtEveryTopRatedBar.replace("level:level_2", "level:level_1"));
    expect(tier(reply, "top_rated").unmet).toEqual([
      expect.objectContaining({ criterion: "top_rated.level_2", need: "level_2,top_rated", have: "level_1" }),
    ]);
    expect(reply.body).toContain("Level 2 or Top Rated first (you said you hold Level 1)");
  });

  it("says where the two copies of Fiverr's Top Rated article disagree when a disputed row decides", async () => {
    const reply = await ask(levelTwoAtEveryTopRatedBar.replace("clients:20", "clients:12"));
    expect(tier(reply, "top_rated").unmet.map((entry) => entry.criterion)).toEqual([
      "top_rated.unique_clients",
    ]);
    expect(reply.data.disagreements.map((entry) => entry.criterion)).toEqual(["top_rated.unique_clients"]);
    expect(reply.body).toContain("**Where sources disagree**");
    expect(reply.body).toContain("the newer one has no such row");
  });
});

describe("statuses no figure decides: /eligibility says why, as a reply", () => {
  it.each([
    ["toptal", "network", "screening"],
    ["peopleperhour", "cert", "opaque_ranking"],
    ["guru", "ranking", "opaque_ranking"],
    ["freelancer", "preferred_freelancer", "curated"],
    ["contra", "verified", "unpublished_criteria"],
  ])("marketplace:%s: %s is not computable (%s)", async (marketplace, id, reason) => {
    const reply = await ask(`/eligibility marketplace:${marketplace}`);
    expect(reply).toMatchObject({ kind: "message", visibility: "private" });
    expect(reply.code).toBeUndefined();
    expect(tier(reply, id)).toMatchObject({
      status: "not_computable",
      reason,
      met: [],
      unmet: [],
      unknown: [],
      assumed: [],
    });
    expect(reply.body).toContain("gigdesk cannot compute this from your figures.");
    expect(reply.body).toContain(`/status marketplace:${marketplace} tier:${id}`);
    expect(reply.sources?.length).toBeGreaterThan(0);
  });

  it("marketplace:toptal gives Toptal's screening as the reason", async () => {
    const reply = await ask("/eligibility marketplace:toptal");
    expect(reply.body).toContain("Toptal decides membership through a screening");
    expect(reply.footer).toContain("Toptal's help centre is the authority");
  });

  it("Fiverr Pro stays explained beside the computed levels", async () => {
    expect(tier(await ask(levelTwoAtEveryTopRatedBar), "fiverr_pro")).toMatchObject({
      status: "not_computable",
      reason: "unpublished_criteria",
    });
  });

  it("the retired Fiverr system is explained, not computed", async () => {
    const reply = await ask("/eligibility ruleset:fiverr-2018-monthly");
    expect(reply.data.tiers.map((verdict) => [verdict.tier, verdict.status, verdict.reason])).toEqual([
      ["new", "not_computable", "retired_system"],
      ["level_1", "not_computable", "retired_system"],
      ["level_2", "not_computable", "retired_system"],
      ["top_rated", "not_computable", "retired_system"],
    ]);
    expect(reply.body).toContain("Fiverr Pro: not part of ruleset `fiverr-2018-monthly`");
  });
});

describe("/eligibility's options follow the marketplace", () => {
  it.each([
    [
      "/eligibility marketplace:fiverr jss:95",
      "jss",
      "Fiverr",
      ["level", "success_score", "response_rate", "orders", "clients"],
      "Upwork",
    ],
    [
      "/eligibility marketplace:malt orders:3",
      "orders",
      "Malt",
      ["points", "rating", "ratings_count"],
      "Fiverr",
    ],
    ["/eligibility points:8000", "points", "Upwork", ["jss", "weeks", "history", "verified"], "Malt"],
    [
      "/eligibility marketplace:malt level:super_malter_1 points:8000",
      "level",
      "Malt",
      ["points"],
      "Upwork and Fiverr",
    ],
  ])("%s refuses %s, naming %s's options", async (line, option, name, listed, readers) => {
    const reply = await ask(line);
    expect(reply).toMatchObject({ kind: "problem", code: "invalid-input", visibility: "private" });
    expect(reply.data).toMatchObject({ option });
    expect(reply.body).toContain(`\`${option}\` is not used for ${name}`);
    for (const name of listed) expect(reply.body).toContain(`\`${name}\``);
    expect(reply.body).toContain(`(\`${option}\` is read for ${readers}.)`);
  });

  it("refuses a level the marketplace does not have", async () => {
    const reply = await ask("/eligibility marketplace:fiverr level:rising_talent rating:4.9");
    expect(reply).toMatchObject({ kind: "problem", code: "invalid-input", data: { option: "level" } });
    expect(reply.body).toContain(
      "`level` must be one of Fiverr's levels in ruleset `fiverr-2024-levels` (you gave `rising_talent`): `new`, `level_1`",
    );
  });

  it("refuses a ruleset of another marketplace than the one named", async () => {
    const reply = await ask("/eligibility marketplace:fiverr ruleset:2024-current");
    expect(reply).toMatchObject({ kind: "problem", code: "invalid-input" });
    expect(reply.body).toContain("Ruleset `2024-current` is Upwork's, not Fiverr's");
  });

  it.each([
    ["upwork", "2024-current"],
    ["fiverr", "fiverr-2024-levels"],
    ["malt", "malt-super-malter"],
  ] as const)("without marketplace: answers for the community's (%s)", async (marketplace, ruleset) => {
    const reply = await ask("/eligibility rating:4.8", { marketplace });
    expect(reply.data).toMatchObject({ marketplace, ruleset });
  });

  it("a named ruleset decides the marketplace, whatever the community's", async () => {
    const reply = await ask("/eligibility jss:95 ruleset:2016-top-rated", { marketplace: "malt" });
    expect(reply.data).toMatchObject({ marketplace: "upwork", ruleset: "2016-top-rated" });
  });
});
