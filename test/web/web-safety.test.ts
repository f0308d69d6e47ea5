import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileWebEntries } from "../fixtures/hostile-faq-text.js";
import { openTestBot, seedCommunity } from "../support/test-bot.js";
import { serveWebApp } from "./serve-web-app.js";

const now = new Date("2026-11-20T10:00:00Z");
const testBot = openTestBot();
const moderator = { platform: "console" as const, spaceId: "console", userId: "mo" };
let server: Awaited<ReturnType<typeof serveWebApp>>;

beforeAll(async () => {
  await seedCommunity(testBot.stores, "console", now);
  for (const entry of hostileWebEntries) {
    await testBot.bot.forCommunity("console").faq.entries.add(entry, moderator, now);
  }
  // Two searches at once, then one a minute: a client's third search in a row is refused.
  server = await serveWebApp(testBot.bot, { now: () => now, searchRateLimit: { perMinute: 1, burst: 2 } });
});
afterAll(async () => {
  await server?.stop();
  testBot.close();
});

const paths = [
  "/",
  "/c/console",
  "/c/console/faq/hostile-script",
  "/c/console/tag/hostile",
  "/status",
  "/sitemap.xml",
  "/robots.txt",
  "/api/communities/console/faq",
  "/calculator/exclusive-check",
  "/healthz",
  "/no-such-page",
];

describe("the web server's safety headers and limits, over real HTTP", () => {
  it("sends a CSP without unsafe-inline and never a cookie, on every kind of response", async () => {
    for (const path of paths) {
      const response = await fetch(`${server.baseUrl}${path}`);
      await response.arrayBuffer();
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, path).toMatch(/default-src 'none'/);
      expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(response.headers.get("set-cookie"), path).toBeNull();
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
    }
  });

  it("escapes hostile text in the served HTML itself", async () => {
    const html = await (await fetch(`${server.baseUrl}/c/console/faq/hostile-script`)).text();
    expect(html).not.toMatch(/<script>window|<img src=x|<svg onload|<iframe|href="javascript:/i);
    expect(html).toContain("&lt;script&gt;window.__pwned=1");
  });

  it("answers a client's searches past its budget with 429 and Retry-After, pages and API alike", async () => {
    const search = (path: string) => fetch(`${server.baseUrl}${path}`);
    const statuses: number[] = [];
    for (const path of [
      "/c/console/search?q=top+rated+badge",
      "/api/communities/console/faq?q=top+rated+badge",
      "/c/console/search?q=top+rated+badge",
      "/api/communities/console/faq?q=top+rated+badge",
    ]) {
      const response = await search(path);
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      await response.arrayBuffer();
    }
    expect(statuses).toEqual([200, 200, 429, 429]);
    // Reading pages is not searching: they stay open to the same client.
    expect((await fetch(`${server.baseUrl}/c/console`)).status).toBe(200);
  });
});
