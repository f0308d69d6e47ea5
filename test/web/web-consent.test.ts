import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { runTextCommand } from "../../src/command-kit/text-invocation.js";
import type { Actor } from "../../src/core/actor.js";
import { WEB_CONSENT_QUESTION } from "../../src/core/faq/web-consent-question.js";
import { askAuthorForWebConsent } from "../../src/services/ask-web-consent.js";
import { createWebApp } from "../../src/web/create-web-app.js";
import { openTestBot } from "../support/test-bot.js";

const now = new Date("2026-11-20T10:00:00Z");
const testBot = openTestBot({ publicUrl: "https://faq.example.org" });
afterAll(() => testBot.close());
const services = () => testBot.bot.forCommunity("console");
const app = createWebApp(testBot.bot, { now: () => now });

const actor = (userId: string, displayName: string, isModerator = false): Actor => ({
  platform: "console",
  spaceId: "console",
  communityId: "console",
  userId,
  displayName,
  isModerator,
});
const author = actor("U-ana", "Ana Lima");
const bystander = actor("U-bo", "Bo");
const moderator = actor("U-mod", "Mo", true);

async function run(line: string, who: Actor) {
  return (await runTextCommand(line, { actor: who, services: services(), commands, now })).reply;
}

const answer =
  "Yes: when a client cancels a job post, the Connects you spent on it are refunded to your balance within a day.";
const question = "Do I get my Connects back when a client cancels the job?";
let suggestionId = 0;
let slug = "";

async function page(path: string) {
  const response = await app.request(path);
  return { status: response.status, text: await response.text() };
}

/** Everywhere the web could show the entry: its page, the community page, search, API, sitemap. */
async function webShows(): Promise<boolean[]> {
  const entry = await page(`/c/console/faq/${slug}`);
  const home = await page("/c/console");
  const search = await page(`/api/communities/console/faq?q=${encodeURIComponent(question)}`);
  const list = await page("/api/communities/console/faq?limit=500");
  const sitemap = await page("/sitemap.xml");
  return [
    entry.status === 200 && entry.text.includes("Connects you spent on it"),
    home.text.includes(`/faq/${slug}"`),
    (JSON.parse(search.text) as { best: { entry: { slug: string } } | null }).best?.entry.slug === slug,
    list.text.includes(`"slug":"${slug}"`),
    sitemap.text.includes(`/faq/${slug}<`),
  ];
}

beforeAll(async () => {
  await testBot.bot.communities.ensure("console", now);
  const saved = await services().faq.suggestions.saveThreadAnswerAsSuggestion(
    {
      channelId: "forum",
      threadId: "thread-1",
      openingQuestion: question,
      answerText: answer,
      answerMessageLink: "https://discord.com/channels/1/2/3",
      answerAuthorId: author.userId,
    },
    bystander,
    now,
  );
  if (!saved.ok) throw new Error("the capture is filed");
  suggestionId = saved.value.suggestion.id;
  const asked = await askAuthorForWebConsent(services(), saved.value.suggestion, now);
  expect(asked?.authorId).toBe(author.userId);
  expect(asked?.question.body).toContain(WEB_CONSENT_QUESTION);
  const approved = await run(
    `/faq approve id:${suggestionId} tags:connects aliases:"connects refund"`,
    moderator,
  );
  expect(approved.body).toContain("is now the FAQ entry");
  slug = (approved.data as { entry: { slug: string } }).entry.slug;
  expect(slug).toMatch(/connects/);
});

describe("a captured answer on the public web", () => {
  it("asks its author once, however often the answer is saved", async () => {
    const suggestion = await services().faq.suggestions.getSuggestion(suggestionId);
    if (!suggestion) throw new Error("filed in beforeAll");
    expect(suggestion.answerAuthorId).toBe(author.userId);
    expect(await askAuthorForWebConsent(services(), suggestion, now)).toBeNull();
  });

  it("is nowhere on the web, and has no 'Read on the web' link, before its author agrees", async () => {
    expect(await webShows()).toEqual([false, false, false, false, false]);
    expect((await page(`/c/console/faq/${slug}`)).status).toBe(404);
    expect(await services().webPageOf(slug)).toBeNull();
    // It is in the chat FAQ all the same: consent governs only the web.
    expect(JSON.stringify((await run(`/ask ${question}`, bystander)).data)).toContain(slug);
  });

  it("refuses anybody but the author, privately, and changes nothing", async () => {
    const refused = await run(`/privacy web-agree id:${suggestionId}`, bystander);
    expect(refused).toMatchObject({ kind: "problem", code: "not-allowed", visibility: "private" });
    expect(refused.body).toMatch(/Only the member who wrote the answer with `id`/);
    expect(await webShows()).toEqual([false, false, false, false, false]);
  });

  it("appears everywhere once the author agrees, named only because they chose to be", async () => {
    const agreed = await run(`/privacy web-agree-named id:${suggestionId}`, author);
    expect(agreed).toMatchObject({ kind: "message", visibility: "private" });
    expect(agreed.actions?.[0]?.id).toBe(`privacy:web-withdraw:${suggestionId}`);
    expect(await webShows()).toEqual([true, true, true, true, true]);
    expect((await page(`/c/console/faq/${slug}`)).text).toContain(
      'Answer by <span dir="auto">Ana Lima</span>',
    );
    expect(await services().webPageOf(slug)).toBe(`https://faq.example.org/c/console/faq/${slug}`);

    await run(`/privacy web-agree id:${suggestionId}`, author);
    const unnamed = await page(`/c/console/faq/${slug}`);
    expect(unnamed.status).toBe(200);
    expect(unnamed.text).not.toContain("Ana Lima");
  });

  it("is dropped from every page at once when the author withdraws", async () => {
    await run(`/privacy web-agree-named id:${suggestionId}`, author);
    const withdrawn = await run("/privacy web-withdraw", author);
    expect(withdrawn.data).toEqual({ withdrawn: [suggestionId] });
    expect(await webShows()).toEqual([false, false, false, false, false]);
    const listed = await run("/privacy web-consent", author);
    expect(listed.body).toContain(`Answer #${suggestionId} (entry \`${slug}\`): withdrawn`);
    expect((await run("/privacy web-withdraw", author)).body).toMatch(/Nothing to withdraw/);
  });

  it("stays off after a light edit, and comes back, unnamed, after a moderator's rewrite", async () => {
    const light = answer.replace("within a day", "within one day");
    await run(`/faq edit slug:${slug} answer:"${light}"`, moderator);
    expect(await webShows()).toEqual([false, false, false, false, false]);
    const rewrite =
      "Upwork returns Connects automatically if the job you applied to is closed by the client without hiring.";
    const edited = await run(`/faq edit slug:${slug} answer:"${rewrite}"`, moderator);
    expect(edited.kind).toBe("message");
    const shown = await page(`/c/console/faq/${slug}`);
    expect(shown.status).toBe(200);
    expect(shown.text).toContain("Upwork returns Connects automatically");
    expect(shown.text).not.toContain("Ana Lima");
  });
});
