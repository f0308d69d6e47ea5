import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationId, botUser, callbackPath } from "../adapters/discord/discord-harness.js";
import { FakeDiscordServer } from "../adapters/discord/fake-discord/fake-discord-server.js";
import {
  chatInputInteraction,
  fakeMembers,
  memberMessage,
  newForumThread,
} from "../adapters/discord/fake-discord/fake-events.js";
import { fakeGuild } from "../adapters/discord/fake-discord/fake-guild.js";
import { FakeSlackServer } from "../adapters/slack/fake-slack-server.js";
import { formBody, signedPost, slackSignature } from "../adapters/slack/signed-slack-request.js";
import { freePort, spawnBot } from "../support/run-bot-process.js";

/**
 * MUST NEVER HAPPEN: a token or the signing secret appears in a log line. The real bot process
 * runs with both platforms at LOG_LEVEL=trace (the most it ever logs) against the fake servers,
 * through answers, refusals, forged requests and a shutdown; then all of its output is searched
 * for every secret and for the distinctive parts of each.
 */

const secrets = {
  DISCORD_TOKEN: "MTAwMDAwMDAwMDAwMDAwOTAx.GsEcRt.DiscordTokenMustNeverBeLogged42",
  SLACK_BOT_TOKEN: "xoxb-4444444444-5555555555-SlackBotTokenMustNotLeak",
  SLACK_SIGNING_SECRET: "7e3c9d0a1b2f4e5d6c7b8a9f0e1d2c3b",
};

let discord: FakeDiscordServer;
let slack: FakeSlackServer;
let bot: ChildProcess;
let output = "";
let eventsUrl = "";
let exited: Promise<number | null>;

beforeAll(async () => {
  discord = await FakeDiscordServer.start({ applicationId, botUser, guild: fakeGuild() });
  slack = new FakeSlackServer({ teamId: "T0001", adminUserIds: ["UADMIN"] });
  await slack.start();
  const port = await freePort();
  eventsUrl = `http://127.0.0.1:${port}/slack/events`;
  bot = spawnBot(
    [],
    {
      LOG_LEVEL: "trace",
      PORT: String(port),
      DISCORD_TOKEN: secrets.DISCORD_TOKEN,
      DISCORD_APPLICATION_ID: applicationId,
      DISCORD_API_URL: discord.apiUrl,
      SLACK_BOT_TOKEN: secrets.SLACK_BOT_TOKEN,
      SLACK_SIGNING_SECRET: secrets.SLACK_SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
    },
    ["ignore", "pipe", "pipe"],
  );
  bot.stdout?.on("data", (chunk) => {
    output += String(chunk);
  });
  bot.stderr?.on("data", (chunk) => {
    output += String(chunk);
  });
  exited = new Promise((resolve) => bot.on("close", (code) => resolve(code)));
  const deadline = Date.now() + 30_000;
  while (!output.includes("gigdesk is running")) {
    if (Date.now() > deadline || bot.exitCode !== null) throw new Error(`the bot did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}, 40_000);

afterAll(async () => {
  if (bot && bot.exitCode === null) bot.kill("SIGKILL");
  await discord?.close();
  await slack?.stop();
});

describe("no token or signing secret in any log line", () => {
  it("keeps every secret out of the logs of a full end-to-end run", async () => {
    // Discord: a command, a forum question.
    const interaction = chatInputInteraction(discord, {
      member: fakeMembers.asker,
      command: "eligibility",
      options: [{ name: "jss", type: 10, value: 95 }],
    });
    discord.dispatch("INTERACTION_CREATE", interaction);
    await discord.waitForRequest((request) => request.path === callbackPath(interaction));
    const thread = newForumThread(discord, { title: "Top Rated badge", owner: fakeMembers.asker });
    discord.dispatch("THREAD_CREATE", thread);
    discord.dispatch(
      "MESSAGE_CREATE",
      memberMessage(discord, {
        id: thread.id,
        author: fakeMembers.asker,
        channelId: thread.id,
        content: "How long until the Top Rated badge shows up after I qualify?",
      }),
    );
    await discord.waitForRequest(
      (request) => request.method === "POST" && request.path === `/channels/${thread.id}/messages`,
    );

    // Slack: a signed command, then forged and unsigned ones (Bolt logs its refusals).
    const body = formBody({
      team_id: "T0001",
      channel_id: "CGENERAL",
      user_id: "UMEMBER",
      command: "/faq",
      text: "add slug:x question:y answer:z",
      response_url: slack.responseUrl("secrets-1"),
      trigger_id: "trigger-secrets",
    });
    const signed = await signedPost(eventsUrl, body, "application/x-www-form-urlencoded", {
      signingSecret: secrets.SLACK_SIGNING_SECRET,
    });
    expect(signed.status).toBe(200);
    await slack.waitFor("the refusal", () => (slack.responsesTo("secrets-1").length > 0 ? true : null));
    const forged = await signedPost(eventsUrl, body, "application/x-www-form-urlencoded", {
      signingSecret: secrets.SLACK_SIGNING_SECRET,
      signature: slackSignature("wrong", Math.floor(Date.now() / 1000), body),
    });
    expect(forged.status).toBe(401);
    const stale = await signedPost(eventsUrl, body, "application/x-www-form-urlencoded", {
      signingSecret: secrets.SLACK_SIGNING_SECRET,
      timestampSec: Math.floor(Date.now() / 1000) - 600,
    });
    expect(stale.status).toBe(401);

    bot.kill("SIGTERM");
    expect(await exited).toBe(0);

    // The run logged plenty (so the search means something) and none of it holds a secret.
    expect(output.split("\n").length).toBeGreaterThan(10);
    for (const [name, value] of Object.entries(secrets)) {
      const parts = [value, ...value.split(/[.-]/).filter((part) => part.length >= 12)];
      for (const part of parts)
        expect(output.includes(part), `${name} (or part of it) was logged`).toBe(false);
    }
  }, 60_000);
});
