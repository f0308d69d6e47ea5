import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { runTextCommand } from "../../src/command-kit/text-invocation.js";
import type { Actor } from "../../src/core/actor.js";
import { askAuthorForWebConsent } from "../../src/services/ask-web-consent.js";
import { createWebApp } from "../../src/web/create-web-app.js";
import { ENTRIES_PER_TAG, NEWEST_CHANGES } from "../../src/web/pages/community-page.js";
import { listPublicEntries } from "../../src/web/public-entries.js";
import { findWebCommunity } from "../../src/web/web-community.js";
import { sampleEntry } from "../storage/faq-test-database.js";
import { openTestBot, seedCommunity } from "../support/test-bot.js";

const now = new Date("2026-11-20T10:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const testBot = openTestBot();
afterAll(() => testBot.close());
const services = () => testBot.bot.forCommunity("console");
const app = createWebApp(testBot.bot, { now: () => now });

const actor = (userId: string, isModerator = false): Actor => ({
  platform: "console",
  spaceId: "console",
  communityId: "console",
  userId,
  displayName: userId,
  isModerator,
});
const moderator = actor("U-mod", true);
const PAYOUT_ENTRIES = 14;
const hiddenSlugs: string[] = [];
let agreedSlug = "";

/** A member's answer saved as FAQ, asked about, and approved by a moderator at `when`. */
async function capture(question: string, answer: string, author: Actor, when: Date): Promise<number> {
  const saved = await services().faq.suggestions.saveThreadAnswerAsSuggestion(
    {
      channelId: "forum",
      threadId: `thread-${question.length}`,
      openingQuestion: question,
      answerText: answer,
      answerMessageLink: `https://discord.com/channels/1/2/${question.length}`,
      answerAuthorId: author.userId,
    },
    actor("U-bystander"),
    when,
  );
  if (!saved.ok) throw new Error("the capture is filed");
  const { id } = saved.value.suggestion;
  await askAuthorForWebConsent(services(), saved.value.suggestion, when);
  const approved = await runTextCommand(`/faq approve id:${id} tags:payouts`, {
    actor: moderator,
    services: services(),
    commands,
    now: when,
  });
  hiddenSlugs.push((approved.reply.data as { entry: { slug: string } }).entry.slug);
  return id;
}

async function page(path: string) {
  const response = await app.request(path);
  return { status: response.status, text: await response.text() };
}

beforeAll(async () => {
  await seedCommunity(testBot.stores, "console", now);
  for (let index = 0; index < PAYOUT_ENTRIES; index++) {
    const slug = `payout-question-${String(index).padStart(2, "0")}`;
    await services().faq.entries.add(
      sampleEntry({ slug, tags: ["payouts"], question: `Payout question ${index}?` }),
      moderator,
      later(index),
    );
  }
  // The newest changes of all are two captures whose authors never answered, and one who agreed.
  await capture(
    "Why is my payout on hold for five days?",
    "New accounts have a five day security hold on every payout, it goes away after a few months.",
    actor("U-ana"),
    later(60),
  );
  await capture(
    "Can I withdraw to two bank accounts at once?",
    "No, you pick one default method and switch it whenever you like before the next payout run.",
    actor("U-bo"),
    later(61),
  );
  const agreed = await capture(
    "Does Payoneer charge for receiving a payout?",
    "Receiving is free, the fee comes when you withdraw from Payoneer to your local bank account.",
    actor("U-cy"),
    later(62),
  );
  agreedSlug = hiddenSlugs.pop() ?? "";
  await runTextCommand(`/privacy web-agree id:${agreed}`, {
    actor: actor("U-cy"),
    services: services(),
    commands,
    now: later(63),
  });
});

describe("counts and pages with captured entries the web may not show", () => {
  it("counts only what the web shows, as the list of every public entry does", async () => {
    const community = await findWebCommunity(testBot.bot, "console");
    if (!community) throw new Error("the console community is public");
    const everyPublic = await listPublicEntries(community);
    expect(hiddenSlugs).toHaveLength(2);
    expect(everyPublic.map((entry) => entry.slug)).not.toEqual(expect.arrayContaining([hiddenSlugs[0]]));
    expect(everyPublic.length).toBe((await services().faq.entries.countPublished()) - 2);
    const payouts = everyPublic.filter((entry) => entry.tags.includes("payouts"));
    expect(payouts).toHaveLength(PAYOUT_ENTRIES + 1);

    const home = await page("/c/console");
    expect(home.text).toContain(`${everyPublic.length} answers, curated`);
    expect(home.text).toContain(`All ${PAYOUT_ENTRIES + 1} answers about payouts`);
    for (const slug of hiddenSlugs) expect(home.text).not.toContain(`/faq/${slug}"`);
    const newest = [...everyPublic]
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.slug.localeCompare(b.slug))
      .slice(0, NEWEST_CHANGES);
    expect(newest[0]?.slug).toBe(agreedSlug);
    const newestSection = home.text.slice(home.text.indexOf('id="newest"'), home.text.indexOf('id="by-tag"'));
    expect([...newestSection.matchAll(/\/faq\/([a-z0-9-]+)"/g)].map((match) => match[1])).toEqual(
      newest.map((entry) => entry.slug),
    );
    const payoutSection = home.text.slice(home.text.indexOf('id="tag-payouts"'));
    const listed = payoutSection.slice(0, payoutSection.indexOf("</ul>"));
    expect([...listed.matchAll(/\/faq\/([a-z0-9-]+)"/g)].map((match) => match[1])).toEqual(
      payouts.slice(0, ENTRIES_PER_TAG).map((entry) => entry.slug),
    );

    const tagPage = await page("/c/console/tag/payouts");
    expect(tagPage.text).toContain(`${PAYOUT_ENTRIES + 1} answers about payouts`);
    for (const slug of hiddenSlugs) expect(tagPage.text).not.toContain(`/faq/${slug}"`);
    expect(tagPage.text).toContain(`/faq/${agreedSlug}"`);
    expect((await page("/c/console/tag/payouts?page=2")).status).toBe(404);
  });

  it("pages the JSON list over the shown entries, whatever the offset", async () => {
    const community = await findWebCommunity(testBot.bot, "console");
    if (!community) throw new Error("the console community is public");
    const everyPublic = (await listPublicEntries(community)).map((entry) => entry.slug);
    for (let offset = 0; offset <= everyPublic.length; offset += 3) {
      const body = JSON.parse((await page(`/api/communities/console/faq?offset=${offset}&limit=4`)).text) as {
        total: number;
        entries: { slug: string }[];
      };
      expect(body.total).toBe(everyPublic.length);
      expect(body.entries.map((entry) => entry.slug)).toEqual(everyPublic.slice(offset, offset + 4));
    }
  });
});
