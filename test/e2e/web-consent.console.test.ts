import { describe, expect, it } from "vitest";
import { askAuthorForWebConsent } from "../../src/services/ask-web-consent.js";
import { createWebApp } from "../../src/web/create-web-app.js";
import { freshDatabasePath, runBot } from "../support/run-bot-process.js";
import { openTestBot } from "../support/test-bot.js";

const databasePath = freshDatabasePath();
const now = new Date("2026-11-20T10:00:00Z");

/** A captured answer by `ana`, approved, with ana asked: what the thread leaves in the database. */
async function seedCapturedEntry(): Promise<{ suggestionId: number; slug: string }> {
  const seeded = openTestBot({ path: databasePath });
  try {
    await seeded.bot.communities.ensure("console", now);
    const services = seeded.bot.forCommunity("console");
    const moderator = { platform: "console" as const, spaceId: "console", userId: "mo" };
    const saved = await services.faq.suggestions.saveThreadAnswerAsSuggestion(
      {
        channelId: "console-forum",
        threadId: "console-thread",
        openingQuestion: "Do I get my Connects back when a client cancels the job?",
        answerText: "Yes: when a client cancels a job post, the Connects you spent on it come back to you.",
        answerMessageLink: "console:thread/1",
        answerAuthorId: "ana",
      },
      moderator,
      now,
    );
    if (!saved.ok) throw new Error("filed");
    expect(await askAuthorForWebConsent(services, saved.value.suggestion, now)).not.toBeNull();
    const approved = await services.faq.suggestions.approve(saved.value.suggestion.id, {}, moderator, now);
    if (!approved.ok) throw new Error("approved");
    return { suggestionId: saved.value.suggestion.id, slug: approved.value.entry.slug };
  } finally {
    seeded.close();
  }
}

async function entryPage(slug: string): Promise<{ status: number; text: string }> {
  const reader = openTestBot({ path: databasePath });
  try {
    const response = await createWebApp(reader.bot, { now: () => now }).request(`/c/console/faq/${slug}`);
    return { status: response.status, text: await response.text() };
  } finally {
    reader.close();
  }
}

const onConsole = (lines: string[], user: string) =>
  runBot(`${lines.join("\n")}\n`, ["--json", "--user", user], { DATABASE_PATH: databasePath });

describe("web consent through the console process", () => {
  it("lets only the author agree and withdraw, and the page follows", { timeout: 90_000 }, async () => {
    const { suggestionId, slug } = await seedCapturedEntry();
    expect((await entryPage(slug)).status).toBe(404);

    const other = await onConsole([`/privacy web-agree id:${suggestionId}`], "bo");
    expect(other.code).toBe(0);
    expect(other.lines[0]).toMatchObject({ kind: "problem", visibility: "private" });
    expect((await entryPage(slug)).status).toBe(404);

    const agreed = await onConsole(
      [`/privacy web-agree-named id:${suggestionId}`, "/privacy web-consent"],
      "ana",
    );
    expect(agreed.code).toBe(0);
    expect(agreed.lines.map((line) => line.kind)).toEqual(["message", "message"]);
    expect(String(agreed.lines[1]?.text)).toContain(
      `Answer #${suggestionId} (entry ${slug}): agreed, with your name`,
    );
    const shown = await entryPage(slug);
    expect(shown.status).toBe(200);
    expect(shown.text).toContain('Answer by <span dir="auto">ana</span>');

    const withdrawn = await onConsole(["/privacy web-withdraw"], "ana");
    expect(withdrawn.lines[0]).toMatchObject({ kind: "message", data: { withdrawn: [suggestionId] } });
    expect((await entryPage(slug)).status).toBe(404);
  });
});
