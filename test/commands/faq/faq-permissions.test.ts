import { beforeEach, describe, expect, it } from "vitest";
import { faqCommand } from "../../../commands/faq/index.js";
import { openFaqCommandHarness } from "./faq-command-harness.js";

const mod = { platform: "console" as const, spaceId: "console", userId: "seed" };

/** Each moderator subcommand with input that succeeds for a moderator, and what it must leave behind. */
const moderatorCases = [
  { line: '/faq add slug:new-entry question:"New?" answer:"Yes."', audit: "faq.add", revisions: 0 },
  {
    line: '/faq edit slug:conversion-fee answer:"Changed again." reason:"update"',
    audit: "faq.edit",
    revisions: 1,
  },
  { line: "/faq archive slug:conversion-fee reason:old", audit: "faq.archive", revisions: 0 },
  { line: "/faq restore slug:archived-one", audit: "faq.restore", revisions: 0 },
  { line: "/faq revert slug:conversion-fee version:1", audit: "faq.revert", revisions: 1 },
  { line: "/faq approve id:1", audit: "faq.approve", revisions: 0 },
  { line: '/faq reject id:1 reason:"duplicate"', audit: "faq.reject", revisions: 0 },
  { line: "/faq history slug:conversion-fee", audit: null, revisions: 0 },
  { line: "/faq queue", audit: null, revisions: 0 },
  { line: "/faq stale", audit: null, revisions: 0 },
  { line: "/faq stats", audit: null, revisions: 0 },
  { line: "/faq unanswered", audit: null, revisions: 0 },
  { line: "/faq teach id:1 slug:conversion-fee", audit: "faq.edit", revisions: 1 },
] as const;

describe("/faq moderator subcommands", () => {
  let harness: ReturnType<typeof openFaqCommandHarness>;

  beforeEach(async () => {
    harness = openFaqCommandHarness();
    const { services, now } = harness;
    await services.faq.entries.add(
      {
        slug: "conversion-fee",
        question: "What is the conversion fee?",
        answer: "Original.",
        tags: ["fees"],
      },
      mod,
      now,
    );
    await services.faq.entries.edit("conversion-fee", { answer: "Second." }, { reason: "seed" }, mod, now);
    await services.faq.entries.add({ slug: "archived-one", question: "Old?", answer: "Old." }, mod, now);
    await services.faq.entries.archive("archived-one", {}, mod, now);
    await services.faq.suggestions.suggest(
      { question: "Does a refund hurt my JSS?", answer: "It can." },
      mod,
      now,
    );
    // A question the bot stayed silent on, for /faq unanswered and /faq teach.
    await harness.stores.threadReplies.recordUnanswered({
      communityId: "console",
      platform: "console",
      spaceId: "console",
      channelId: "console-forum",
      threadId: "t-1",
      messageId: "t-1",
      authorId: "member",
      text: "why is there a fee when upwork converts my money",
      normalisedText: "why is there a fee when upwork converts my money",
      reason: "low-confidence",
      bestSlug: "conversion-fee",
      bestConfidence: 0.5,
      createdAt: now.toISOString(),
    });
  });

  it("covers every moderator subcommand of the group", () => {
    const moderatorOnly = faqCommand.subcommands.filter((command) => command.permission === "moderator");
    expect(moderatorOnly.map((command) => command.name).sort()).toEqual(
      moderatorCases.map((testCase) => testCase.line.split(" ")[1]).sort(),
    );
  });

  it.each(moderatorCases)("refuses $line to a member privately and changes nothing", async ({ line }) => {
    const before = harness.snapshot();
    const reply = await harness.run(line, false);
    expect(reply).toMatchObject({ kind: "problem", code: "not-allowed", visibility: "private" });
    expect(harness.snapshot()).toEqual(before);
  });

  it.each(moderatorCases)(
    "runs $line for a moderator, privately, with its revision and audit row",
    async ({ line, audit, revisions }) => {
      const revisionsBefore = harness.count("faq_revisions");
      const auditBefore = harness.count("audit_log");
      const reply = await harness.run(line, true);
      expect(reply.kind, reply.body).toBe("message");
      expect(reply.visibility).toBe("private");
      expect(harness.count("faq_revisions") - revisionsBefore).toBe(revisions);
      expect(harness.count("audit_log") - auditBefore).toBe(audit ? 1 : 0);
      if (audit) expect(harness.lastAudit()).toMatchObject({ actor: "mod", action: audit });
    },
  );
});
