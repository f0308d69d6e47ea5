import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import type { CommandContext } from "../../src/command-kit/command.js";
import { runTextCommand } from "../../src/command-kit/text-invocation.js";
import type { Actor } from "../../src/core/actor.js";
import type { Reply } from "../../src/core/reply.js";
import { rulesetCatalog } from "../../src/core/rules/ruleset-catalog.js";
import { statusIds } from "../../src/core/rules/ruleset-schema.js";
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

interface StatusDetail {
  ruleset: string;
  tier: string;
  badge_delay_hours: number | null;
  criteria: {
    id: string;
    sources: string[];
    grade: string;
    source_date: string;
    disagreement: string | null;
  }[];
}

async function ask(line: string): Promise<Reply> {
  const { command, reply } = await runTextCommand(line, rulesCommandContext());
  expect(command).toBe("status");
  return reply;
}

describe("/status", () => {
  it("tier:top_rated lists every criterion with a source URL and its grade", async () => {
    const reply = await ask("/status tier:top_rated");
    const data = reply.data as StatusDetail;
    expect(reply).toMatchObject({ kind: "message", visibility: "public" });
    expect(data.criteria.map((criterion) => criterion.id)).toEqual([
      "top_rated.jss_current",
      "top_rated.jss_weeks",
      "top_rated.earnings_12m",
      "top_rated.first_contract_age",
      "top_rated.profile_complete",
      "top_rated.availability_current",
      "top_rated.no_recent_hold",
      "top_rated.recent_activity",
    ]);
    for (const criterion of data.criteria) {
      expect(criterion.sources[0]).toMatch(/^https:\/\//);
      // The text shows each criterion with its threshold, grade, date and first source as a link.
      const line = reply.body.split("\n").find((candidate) => candidate.includes(`**${criterion.id}**`));
      expect(line, criterion.id).toBeDefined();
      expect(line).toContain(`[${criterion.grade}, ${criterion.source_date}](${criterion.sources[0]})`);
    }
    expect(reply.body).toContain("at least 13 of 16 weeks");
    expect(reply.body).toContain("about 48 hours");
    expect(reply.body).toContain("**Losing and regaining it**");
    expect(reply.body).toContain("Sources disagree:");
    expect(reply.footer).toMatch(/unofficial.*help centre is the authority.*2024-current.*2024-09-01/);
    expect(reply.sources?.length).toBeGreaterThan(3);
  });

  it("gives Top Rated Plus its 72-hour delay and the category amounts", async () => {
    const reply = await ask("/status tier:top_rated_plus");
    expect((reply.data as StatusDetail).badge_delay_hours).toBe(72);
    expect(reply.body).toContain("about 72 hours");
    expect(reply.body).toContain("$5,000 to $20,000 by category, $10,000 otherwise");
  });

  it("without a tier gives an overview of every status", async () => {
    const reply = await ask("/status");
    const data = reply.data as { statuses: { tier: string }[] };
    expect(data.statuses.map((status) => status.tier)).toEqual([...statusIds]);
    expect(reply.visibility).toBe("public");
    expect(reply.footer).toContain("unofficial");
  });

  it("shows an older ruleset for comparison, and says what it lacks", async () => {
    const old = await ask("/status tier:top_rated ruleset:2016-top-rated");
    const ids = (old.data as StatusDetail).criteria.map((criterion) => criterion.id);
    expect(ids).toContain("top_rated.work_history_days");
    expect(ids).not.toContain("top_rated.jss_weeks");
    expect(old.footer).toContain("2016-top-rated, effective 2016-05-01");
    const missing = await ask("/status tier:top_rated_plus ruleset:2016-top-rated");
    expect(missing).toMatchObject({ kind: "problem", code: "not-found", visibility: "private" });
    expect(missing.body).toContain("has no Top Rated Plus");
  });

  it("refuses an unknown tier naming the choices", async () => {
    const reply = await ask("/status tier:gold");
    expect(reply).toMatchObject({ kind: "problem", code: "invalid-input" });
    expect(reply.body).toContain("`top_rated`");
  });

  it("keeps every detail page inside Discord's 4,096-character embed description", async () => {
    for (const ruleset of rulesetCatalog()) {
      for (const tier of statusIds) {
        if (!ruleset.statuses[tier]) continue;
        const reply = await ask(`/status tier:${tier} ruleset:${ruleset.id}`);
        expect(reply.body.length, `${ruleset.id} ${tier}`).toBeLessThanOrEqual(4096);
      }
    }
  });
});
