import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import type { CommandContext } from "../../src/command-kit/command.js";
import { runTextCommand } from "../../src/command-kit/text-invocation.js";
import type { Actor } from "../../src/core/actor.js";
import type { CommunitySettings } from "../../src/core/community-settings.js";
import type { Reply } from "../../src/core/reply.js";
import { rulesetCatalog } from "../../src/core/rules/ruleset-catalog.js";
import type { Services } from "../../src/ports/services.js";
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

async function ask(line: string, settings: Partial<CommunitySettings> = {}): Promise<Reply> {
  return (await runTextCommand(line, context(settings))).reply;
}

interface Cited {
  url: string;
  grade: string;
  date: string;
}
interface StatusPage {
  marketplace: string;
  criteria: { id: string; cited: Cited[]; disagreement: string | null; threshold_text: string }[];
  not_computable: { reason: string; published: { id: string; cited: Cited[] }[] } | null;
}

/** The line of a detail page that shows one criterion or published fact. */
function lineOf(reply: Reply, id: string): string {
  return reply.body.split("\n").find((line) => line.includes(`**${id}**`)) ?? "";
}

describe("/status marketplace:toptal explains and cites (issue 19)", () => {
  it("the overview says the status is explained, not computed", async () => {
    const reply = await ask("/status marketplace:toptal");
    expect(reply).toMatchObject({ kind: "message", visibility: "public" });
    expect(reply.data).toMatchObject({
      marketplace: "toptal",
      ruleset: "toptal-network",
      effective_from: null,
      statuses: [{ tier: "network", awarded: "screening", computable: false }],
    });
    expect(reply.body).toContain("gigdesk explains it but cannot compute it");
    expect(reply.footer).toBe(
      "gigdesk is unofficial; Toptal's help centre is the authority. Ruleset toptal-network, undated.",
    );
  });

  it("the detail page gives the reason and every published fact with its source's grade and date", async () => {
    const reply = await ask("/status marketplace:toptal tier:network");
    const data = reply.data as StatusPage;
    expect(data.not_computable?.reason).toBe("screening");
    expect(reply.body).toContain(
      "**Why gigdesk cannot compute it**: Toptal decides membership through a screening",
    );
    expect(reply.body).toContain("26.4%");
    for (const fact of data.not_computable?.published ?? []) {
      const [first] = fact.cited;
      expect(lineOf(reply, fact.id)).toContain(`${first?.grade}, ${first?.date}`);
    }
    expect(reply.sources).toContain(
      "https://www.foxnews.com/us/this-4-part-process-helps-one-firm-vet-top-talent",
    );
  });
});

describe("/status for the other marketplaces", () => {
  it("Fiverr's Top Rated shows every criterion with its grade and date, the review and both copies of the article", async () => {
    const reply = await ask("/status marketplace:fiverr tier:top_rated");
    const data = reply.data as StatusPage;
    expect(data.criteria.map((criterion) => criterion.id)).toEqual([
      "top_rated.level_2",
      "top_rated.success_score",
      "top_rated.rating",
      "top_rated.response_rate",
      "top_rated.orders",
      "top_rated.unique_clients",
      "top_rated.earnings",
      "top_rated.not_flagged",
      "top_rated.manual_review",
    ]);
    for (const criterion of data.criteria) {
      const [first] = criterion.cited;
      expect(lineOf(reply, criterion.id), criterion.id).toContain(`${first?.grade}, ${first?.date}`);
    }
    expect(
      data.criteria.filter((criterion) => criterion.disagreement).map((criterion) => criterion.id),
    ).toEqual(["top_rated.unique_clients", "top_rated.earnings"]);
    expect(lineOf(reply, "top_rated.manual_review")).toContain("reviewed again after 6 months");
    expect(reply.body).toContain("Granted by Fiverr's reviewers, not automatically");
    expect(reply.footer).toContain("Fiverr's help centre is the authority");
  });

  it("Fiverr's Level 1 says which bars Fiverr does not publish", async () => {
    const reply = await ask("/status marketplace:fiverr tier:level_1");
    expect(lineOf(reply, "level_1.success_score")).toContain("no bar published by Fiverr");
    expect(lineOf(reply, "level_1.response_rate")).toContain("no bar published by Fiverr");
    expect(lineOf(reply, "level_1.unique_clients")).toContain("at least 3 clients");
  });

  it("Malt's levels are read from the community's marketplace when none is named", async () => {
    const reply = await ask("/status", { marketplace: "malt" });
    expect(reply.data).toMatchObject({
      marketplace: "malt",
      statuses: [
        { tier: "super_malter_1", computable: true },
        { tier: "super_malter_2", computable: true },
        { tier: "super_malter_3", computable: true },
      ],
    });
    expect(reply.body).toContain("`/eligibility marketplace:malt`");
  });

  it("a status the marketplace does not have is not found, naming those it has", async () => {
    const reply = await ask("/status marketplace:fiverr tier:rising_talent");
    expect(reply).toMatchObject({ kind: "problem", code: "not-found" });
    expect(reply.body).toContain("Fiverr has no status `rising_talent`");
    expect(reply.body).toContain("`level_2`");
  });

  it("keeps every detail page of every ruleset inside Discord's 4,096 characters", async () => {
    for (const ruleset of rulesetCatalog()) {
      for (const tier of Object.keys(ruleset.statuses)) {
        const reply = await ask(`/status tier:${tier} ruleset:${ruleset.id}`);
        expect(reply.kind, `${ruleset.id} ${tier}`).toBe("message");
        expect(reply.body.length, `${ruleset.id} ${tier}`).toBeLessThanOrEqual(4096);
      }
    }
  });

  it("grades every published fact of every status it cannot compute", async () => {
    for (const ruleset of rulesetCatalog()) {
      for (const [tier, rules] of Object.entries(ruleset.statuses)) {
        if (!rules.notComputable) continue;
        const reply = await ask(`/status tier:${tier} ruleset:${ruleset.id}`);
        for (const fact of rules.notComputable.published) {
          expect(lineOf(reply, fact.id), fact.id).toContain(`${fact.grade}, ${fact.sourceDate}`);
        }
      }
    }
  });
});

describe("/exclusive-check stays Upwork's", () => {
  it.each(["fiverr", "malt", "toptal"])("says so for marketplace:%s, as a reply", async (marketplace) => {
    const reply = await ask(`/exclusive-check months:12 rate:30 hours:40 marketplace:${marketplace}`);
    expect(reply).toMatchObject({
      kind: "message",
      data: { marketplace, projected: false, projects: ["upwork"] },
    });
    expect(reply.body).toContain("projects Upwork's rules only");
    expect(reply.body).toContain(`/status marketplace:${marketplace}`);
  });

  it("projects Upwork for marketplace:upwork", async () => {
    const reply = await ask("/exclusive-check months:12 rate:30 hours:40 marketplace:upwork");
    expect(reply.kind).toBe("message");
    expect(reply.data).toHaveProperty("outlook");
  });

  it("offers Upwork's rulesets only", async () => {
    const reply = await ask("/exclusive-check months:12 rate:30 hours:40 ruleset:fiverr-2024-levels");
    expect(reply).toMatchObject({ kind: "problem", code: "invalid-input", data: { option: "ruleset" } });
    expect(reply.body).toContain("`2024-current`, `2016-top-rated`");
  });
});
