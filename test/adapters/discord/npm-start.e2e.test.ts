import { type ChildProcess, spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabasePath, projectRoot } from "../../support/run-bot-process.js";
import { applicationId, botUser, callbackPath, fakeBotToken } from "./discord-harness.js";
import { FakeDiscordServer } from "./fake-discord/fake-discord-server.js";
import {
  chatInputInteraction,
  fakeMembers,
  memberMessage,
  newForumThread,
} from "./fake-discord/fake-events.js";
import { fakeGuild } from "./fake-discord/fake-guild.js";

/**
 * The README's promise: `DISCORD_TOKEN=… DISCORD_APPLICATION_ID=… DISCORD_API_URL=… npm start`
 * against a Discord-compatible server logs in, answers /eligibility privately inside the
 * 3-second window, and answers a forum question once.
 */
describe("npm start with Discord credentials", () => {
  let fake: FakeDiscordServer;
  let bot: ChildProcess;
  let stderr = "";

  beforeAll(async () => {
    fake = await FakeDiscordServer.start({ applicationId, botUser, guild: fakeGuild() });
    bot = spawn("npm", ["start", "--silent"], {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        DATABASE_PATH: freshDatabasePath(),
        DISCORD_TOKEN: fakeBotToken,
        DISCORD_APPLICATION_ID: applicationId,
        DISCORD_API_URL: fake.apiUrl,
      },
      stdio: ["ignore", "ignore", "pipe"],
      // Its own process group, so that stopping npm also stops the bot it started.
      detached: true,
    });
    bot.stderr?.on("data", (chunk) => {
      stderr += String(chunk);
    });
    await fake.waitUntil(() => (fake.identifies.length > 0 ? true : undefined), 25_000, "the bot to log in");
    const readyBy = Date.now() + 10_000;
    while (!stderr.includes("gigdesk is running")) {
      if (Date.now() > readyBy) throw new Error(`the bot did not become ready:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  afterAll(async () => {
    if (bot?.pid && bot.exitCode === null) {
      const exited = new Promise((resolve) => bot.once("exit", resolve));
      process.kill(-bot.pid, "SIGTERM");
      await exited;
    }
    await fake?.close();
  });

  it("answers /eligibility with a private embed within 3 seconds", async () => {
    const payload = chatInputInteraction(fake, {
      member: fakeMembers.asker,
      command: "eligibility",
      options: [
        { name: "jss", type: 10, value: 95 },
        { name: "weeks", type: 4, value: 16 },
        { name: "earnings", type: 10, value: 1500 },
        { name: "first_contract_days", type: 4, value: 200 },
      ],
    });
    const sentAt = Date.now();
    fake.dispatch("INTERACTION_CREATE", payload);
    const callback = await fake.waitForRequest((request) => request.path === callbackPath(payload), 3_000);
    expect(callback.at - sentAt).toBeLessThan(3_000);
    const body = callback.body as { type: number; data: { flags?: number; embeds?: { title?: string }[] } };
    expect([4, 5]).toContain(body.type);
    expect(body.data.flags).toBe(64);
    if (body.type === 4) expect(body.data.embeds?.[0]?.title).toBeTruthy();
  });

  it("answers a question posted in a forum thread once", async () => {
    const thread = newForumThread(fake, { title: "Top Rated badge", owner: fakeMembers.asker });
    const opening = memberMessage(fake, {
      id: thread.id,
      author: fakeMembers.asker,
      channelId: thread.id,
      content: "How long until the Top Rated badge shows up after I qualify?",
    });
    fake.dispatch("THREAD_CREATE", thread);
    fake.dispatch("MESSAGE_CREATE", opening);
    fake.dispatch("MESSAGE_CREATE", opening);
    const isAnswer = (request: { method: string; path: string }) =>
      request.method === "POST" && request.path === `/channels/${thread.id}/messages`;
    await fake.waitForRequest(isAnswer, 5_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.requests.filter(isAnswer)).toHaveLength(1);
    expect(stderr).not.toContain(fakeBotToken);
  });
});
