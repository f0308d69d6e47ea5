import { afterAll, describe, expect, it } from "vitest";
import { createWebApp } from "../../src/web/create-web-app.js";
import { openTestBot } from "../support/test-bot.js";

const testBot = openTestBot({});
afterAll(() => testBot.close());

describe("/healthz", () => {
  it("answers 503 while the process is still starting its adapters, then 200", async () => {
    let ready = false;
    const app = createWebApp(testBot.bot, { now: () => new Date(), isReady: () => ready });
    const starting = await app.request("/healthz");
    expect(starting.status).toBe(503);
    expect(await starting.json()).toEqual({ ok: false, starting: true });
    ready = true;
    const up = await app.request("/healthz");
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ ok: true });
  });

  it("is ready at once for the web app on its own", async () => {
    const app = createWebApp(testBot.bot, { now: () => new Date() });
    expect((await app.request("/healthz")).status).toBe(200);
  });
});
