import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import type { CommandContext } from "../../src/command-kit/command.js";
import { runTextCommand } from "../../src/command-kit/text-invocation.js";
import type { Actor } from "../../src/core/actor.js";
import type { Reply } from "../../src/core/reply.js";
import { rulesetCatalog } from "../../src/core/rules/ruleset-catalog.js";
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

interface StatusDetail {
  ruleset: string;
  tier: string;
  badge_delay_hours: number | null;
  criteria: {
    id: string;
    sources: string[];
    cited: { url: string; grade: string; date: string }[];
    grade: string;
    source_date: string;
    disagreement: string | null;
  }[];
}

/** Upwork's statuses in the order its current ruleset lists them. */
const statusIds = ["rising_talent", "top_rated", "top_rated_plus", "expert_vetted"] as const;

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
    const linked = new Set<string>();
    for (const criterion of data.criteria) {
      expect(criterion.sources[0]).toMatch(/^https:\/\//);
      // Each criterion shows the grade and date of the source it follows, linked where it first appears.
      const line = reply.body.split("\n").find((candidate) => candidate.includes(`**${criterion.id}**`));
      expect(line, criterion.id).toBeDefined();
      const [cited] = criterion.cited;
      expect(cited?.url).toBe(criterion.sources[0]);
      expect([criterion.grade, criterion.source_date]).toEqual([cited?.grade, cited?.date]);
      const label = `${cited?.grade}, ${cited?.date}`;
      expect(line).toContain(
        linked.has(criterion.sources[0] ?? "")
          ? `${label}, linked above`
          : `[${label}](${criterion.sources[0]})`,
      );
      linked.add(criterion.sources[0] ?? "");
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

/**
 * Every criterion the research notes (upwork-status-facts.md §1.1-1.2) list for each status, and
 * the ruleset criterion that models it.
 */
const criteriaFromTheNotes: [string, string, string][] = [
  ["rising_talent", "an invitation or an average rating of 4.8 stars", "rising_talent.invitation_or_rating"],
  ["rising_talent", "$250 earned in 12 months", "rising_talent.earnings_12m"],
  ["rising_talent", "a 100% profile", "rising_talent.profile_complete"],
  ["rising_talent", "a proposal or work in the past 90 days", "rising_talent.recent_activity"],
  ["rising_talent", "a JSS of 90% if one exists", "rising_talent.jss_if_any"],
  ["rising_talent", "no account holds, good standing", "rising_talent.no_hold"],
  ["rising_talent", "no negative public or private feedback", "rising_talent.no_negative_feedback"],
  ["rising_talent", "a verified identity", "rising_talent.identity_verified"],
  ["rising_talent", "a valid payout method", "rising_talent.payout_method"],
  ["top_rated", "current JSS of 90%", "top_rated.jss_current"],
  ["top_rated", "Rising Talent or JSS of 90% in 13 of 16 weeks", "top_rated.jss_weeks"],
  ["top_rated", "$1,000 in 12 months", "top_rated.earnings_12m"],
  ["top_rated", "first contract more than 90 days ago", "top_rated.first_contract_age"],
  ["top_rated", "100% profile (90% ex-Elance)", "top_rated.profile_complete"],
  ["top_rated", "availability up to date", "top_rated.availability_current"],
  ["top_rated", "no recent account holds", "top_rated.no_recent_hold"],
  ["top_rated", "a proposal, accepted invitation or earnings in 90 days", "top_rated.recent_activity"],
  ["top_rated_plus", "holds Top Rated", "top_rated_plus.top_rated"],
  ["top_rated_plus", "more than $10,000 in 12 months", "top_rated_plus.earnings_12m"],
  ["top_rated_plus", "one single large contract with earnings in 12 months", "top_rated_plus.large_contract"],
  ["top_rated_plus", "no negative outcome on it", "top_rated_plus.large_contract_no_negative_outcome"],
  ["top_rated_plus", "not an exclusive agency member", "top_rated_plus.not_exclusive_agency_member"],
  ["expert_vetted", "invitation and screening", "expert_vetted.invitation"],
  ["expert_vetted", "selected categories only", "expert_vetted.selected_category"],
];

describe("/status shows every criterion of the research notes with its source's grade and date", () => {
  it.each(criteriaFromTheNotes)("%s: %s (%s)", async (tier, _rule, id) => {
    const reply = await ask(`/status tier:${tier}`);
    const criterion = (reply.data as StatusDetail).criteria.find((candidate) => candidate.id === id);
    expect(criterion, id).toBeDefined();
    const line = reply.body.split("\n").find((candidate) => candidate.includes(`**${id}**`)) ?? "";
    expect(line).toContain(`${criterion?.cited[0]?.grade}, ${criterion?.cited[0]?.date}`);
    for (const other of criterion?.cited.slice(1) ?? [])
      expect(line).toContain(`${other.grade} ${other.date}`);
  });

  it("lists nothing beyond them for the current ruleset", async () => {
    for (const tier of statusIds) {
      const reply = await ask(`/status tier:${tier}`);
      const listed = (reply.data as StatusDetail).criteria.map((criterion) => criterion.id);
      const expected = criteriaFromTheNotes.filter(([status]) => status === tier).map(([, , id]) => id);
      expect(listed.toSorted(), tier).toEqual(expected.toSorted());
    }
  });

  it.each([
    [
      "top_rated",
      "top_rated.jss_current",
      "https://support.upwork.com/hc/en-us/articles/115006099287",
      "primary",
      "~2017–19",
    ],
    [
      "top_rated",
      "top_rated.no_recent_hold",
      "https://support.upwork.com/hc/en-us/articles/115006099287",
      "primary",
      "~2017–19",
    ],
    [
      "top_rated_plus",
      "top_rated_plus.large_contract",
      "https://community.upwork.com/t5/Announcements/New-talent-badges-are-now-available/m-p/822395",
      "staff",
      "~2020",
    ],
    [
      "top_rated_plus",
      "top_rated_plus.top_rated",
      "https://community.upwork.com/t5/Product-Updates/New-talent-badges-are-now-available/ba-p/778142",
      "primary",
      "2020-07-07",
    ],
    [
      "rising_talent",
      "rising_talent.jss_if_any",
      "https://support.upwork.com/hc/en-us/articles/360049702614",
      "secondary",
      "2026",
    ],
    [
      "expert_vetted",
      "expert_vetted.invitation",
      "https://support.upwork.com/hc/en-us/articles/360049625454",
      "primary",
      "undated",
    ],
  ])("%s: %s follows %s, graded %s, %s", async (tier, id, url, grade, date) => {
    const reply = await ask(`/status tier:${tier}`);
    const criterion = (reply.data as StatusDetail).criteria.find((candidate) => candidate.id === id);
    expect(criterion?.cited[0]).toMatchObject({ grade, date });
    expect(criterion?.cited[0]?.url.startsWith(url)).toBe(true);
    expect(criterion).toMatchObject({ grade, source_date: date });
  });

  it("says that Rising Talent weeks count toward Top Rated's 13 of 16", async () => {
    const reply = await ask("/status tier:top_rated");
    const line = reply.body.split("\n").find((candidate) => candidate.includes("**top_rated.jss_weeks**"));
    expect(line).toContain("at least 13 of 16 weeks (weeks holding Rising Talent count)");
    const profile = reply.body
      .split("\n")
      .find((candidate) => candidate.includes("**top_rated.profile_complete**"));
    expect(profile).toContain("profiles from Elance: at least 90%");
  });

  it("grades the sources of losing and regaining the badge by the one cited", async () => {
    const reply = await ask("/status tier:top_rated");
    const data = reply.data as { loss_and_regain: { cited: { grade: string; date: string }[] } };
    const [first] = data.loss_and_regain.cited;
    expect(reply.body).toMatch(
      new RegExp(`Losing and regaining it.*\\(\\[${first?.grade}, ${first?.date}\\]`),
    );
  });
});
