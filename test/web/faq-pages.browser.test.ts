import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { runTextCommand } from "../../src/command-kit/text-invocation.js";
import type { RunningHttpServer } from "../../src/web/http-server.js";
import { hostileWebEntries } from "../fixtures/hostile-faq-text.js";
import {
  expectNoSeriousAxeViolations,
  launchChromium,
  openPage,
  screenshotBothWidths,
} from "../support/browser.js";
import { openTestBot, seedCommunity } from "../support/test-bot.js";
import { serveWebApp } from "./serve-web-app.js";

const now = new Date("2026-11-20T10:00:00Z");
const testBot = openTestBot();
const consoleActor = {
  platform: "console" as const,
  spaceId: "console",
  communityId: "console",
  userId: "ana",
  displayName: "ana",
  isModerator: true,
};
let server: RunningHttpServer & { baseUrl: string };
let browser: Browser;

beforeAll(async () => {
  await seedCommunity(testBot.stores, "console", now);
  for (const entry of hostileWebEntries) {
    const added = await testBot.bot.forCommunity("console").faq.entries.add(entry, consoleActor, now);
    expect(added.ok, `${entry.slug} is stored as typed`).toBe(true);
  }
  server = await serveWebApp(testBot.bot, { now: () => now });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  testBot.close();
});

/** /ask run as every adapter runs it; returns the slug of its best entry. */
async function askSlug(question: string): Promise<string> {
  const ctx = { actor: consoleActor, services: testBot.bot.forCommunity("console"), commands, now };
  const { reply } = await runTextCommand(`/ask ${question}`, ctx);
  return (reply.data as { best: { slug: string } }).best.slug;
}

describe("the FAQ pages in a real browser", () => {
  it("load with no console error, pass axe, and are screenshotted at 1280 and 390 px", async () => {
    const { page, errors } = await openPage(browser, 1280);
    await page.goto(`${server.baseUrl}/c/console`);
    const entryHref = await page.locator("ul.entries a").first().getAttribute("href");
    const tagHref = await page.locator("a[href*='/tag/']").first().getAttribute("href");
    await page.goto(`${server.baseUrl}/status`);
    const rulesetHref = await page.locator("main a[href^='/status/']").first().getAttribute("href");
    const paths = ["/", "/c/console", entryHref, tagHref, "/c/console/search", "/status", rulesetHref];
    for (const path of paths) {
      expect(path, "every page links on to the next").toBeTruthy();
      const response = await page.goto(`${server.baseUrl}${path}`);
      expect(response?.status(), String(path)).toBe(200);
      await expectNoSeriousAxeViolations(page);
    }
    for (const [name, path] of [
      ["faq-community", "/c/console"],
      ["faq-entry", String(entryHref)],
      ["faq-status", String(rulesetHref)],
    ] as const) {
      await page.goto(`${server.baseUrl}${path}`);
      await screenshotBothWidths(page, name);
      await expectNoSeriousAxeViolations(page);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("finds the same entry as /ask for the same question, typed into the search box", async () => {
    const { page, errors } = await openPage(browser, 390);
    for (const question of [
      "How long until the Top Rated badge shows up?",
      "do I get connects back when the client cancels",
      "why did my job success score disappear",
    ]) {
      const slug = await askSlug(question);
      await page.goto(`${server.baseUrl}/c/console`);
      await page.fill("#q", question);
      await Promise.all([page.waitForURL(/\/c\/console\/search\?q=/), page.click("form.search button")]);
      expect(await page.locator("section[aria-labelledby=best] h3 a").getAttribute("href")).toBe(
        `/c/console/faq/${slug}`,
      );
    }
    await screenshotBothWidths(page, "faq-search");
    await expectNoSeriousAxeViolations(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows hostile entries as text: nothing runs, no dialog opens, the page stays whole", async () => {
    const { page, errors, dialogs } = await openPage(browser, 1280);
    const paths = [
      "/c/console",
      "/c/console/tag/hostile",
      ...hostileWebEntries.map((entry) => `/c/console/faq/${entry.slug}`),
      `/c/console/search?q=${encodeURIComponent("Is my profile safe")}`,
    ];
    for (const path of paths) {
      expect((await page.goto(`${server.baseUrl}${path}`))?.status(), path).toBe(200);
      await page.waitForTimeout(50);
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), path).toBeUndefined();
      // Only the page's own same-origin files: no injected element survived as markup.
      expect(
        await page.locator("main img, main svg, main iframe, main style, main script").count(),
        path,
      ).toBe(0);
      expect(await page.locator("a[href^='javascript:' i]").count(), path).toBe(0);
      // The layout after the FAQ text still exists and is visible.
      expect(await page.locator("footer").isVisible(), path).toBe(true);
      expect(await page.locator("form.search").count(), path).toBe(1);
    }
    await page.goto(`${server.baseUrl}/c/console/faq/hostile-script`);
    expect(await page.locator("h1").textContent()).toBe(hostileWebEntries[0]?.question);
    await page.goto(`${server.baseUrl}/c/console/faq/hostile-bidi`);
    // dir="auto" isolates the text, so an override cannot reorder what surrounds it.
    expect(await page.locator("h1").evaluate((h1) => getComputedStyle(h1).unicodeBidi)).toMatch(
      /isolate|plaintext/,
    );
    // The store keeps the text as typed; the page shows it without the direction controls.
    const stored = await testBot.bot.forCommunity("console").faq.entries.getBySlug("hostile-bidi");
    expect(stored?.question).toContain("\u202E");
    const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;
    expect(await page.locator("h1").textContent()).toBe(stored?.question.replace(bidiControls, ""));
    expect(await page.locator("body").textContent()).not.toMatch(bidiControls);
    await screenshotBothWidths(page, "faq-hostile");
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
