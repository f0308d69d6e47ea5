import { webApi } from "@slack/bolt";
import { REST, Routes } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationId, botUser } from "../adapters/discord/discord-harness.js";
import { FakeDiscordServer } from "../adapters/discord/fake-discord/fake-discord-server.js";
import { fakeGuild } from "../adapters/discord/fake-discord/fake-guild.js";
import { FakeSlackServer } from "../adapters/slack/fake-slack-server.js";
import { memoryLogger } from "../support/memory-logger.js";

/**
 * MUST NEVER HAPPEN: a secret reaches a log line because it sat deeper in a logged object than
 * the redaction looked (issue 15: `err.original.config.headers.Authorization` and
 * `client.options.token` were printed). The errors here come from real failing calls of the real
 * client libraries against the fakes, logged whole, as a careless `logger.error({ err })` would.
 */
const discordToken = "MTAwMDAwMDAwMDAwMDAwOTAx.GsEcRt.DiscordTokenMustNeverBeLogged42";
const slackToken = "xoxb-4444444444-5555555555-SlackBotTokenMustNotLeak";
const interactionToken = "aW50ZXJhY3Rpb246MTAwMDAwMDAwMDAwMDAwMDAxOnNlY3JldA";

let discord: FakeDiscordServer;
let slack: FakeSlackServer;

beforeAll(async () => {
  discord = await FakeDiscordServer.start({ applicationId, botUser, guild: fakeGuild() });
  slack = new FakeSlackServer();
  await slack.start();
});
afterAll(async () => {
  await discord?.close();
  await slack?.stop();
});

/** Logs `object` and returns everything that was written. */
function loggedText(object: Record<string, unknown>): string {
  const { logger, lines } = memoryLogger();
  logger.error(object, "a failure, logged whole");
  const written = JSON.stringify(lines());
  expect(written).toContain("a failure, logged whole");
  return written;
}

function expectNoSecret(text: string, secrets: readonly string[]): void {
  for (const secret of secrets) {
    const parts = [secret, ...secret.split(/[.-]/).filter((part) => part.length >= 12)];
    for (const part of parts) expect(text.includes(part), `"${part}" was logged`).toBe(false);
  }
}

describe("secrets at any depth of a logged object", () => {
  it("a failing Discord REST call: the error's URL carries the interaction token", async () => {
    discord.scriptOnce({
      method: "POST",
      path: /\/callback$/,
      status: 400,
      body: { code: 50027, message: "Invalid Webhook Token" },
    });
    const rest = new REST({ api: discord.apiUrl, retries: 0 }).setToken(discordToken);
    const error = await rest
      .post(Routes.interactionCallback("100000000000000001", interactionToken), { body: { type: 4 } })
      .catch((caught: unknown) => caught);
    expect(String((error as { url?: string }).url)).toContain(interactionToken);
    const sent = discord.requests.at(-1);
    expect(sent?.authorization).toBe(`Bot ${discordToken}`);
    const text = loggedText({
      err: error,
      request: { headers: { Authorization: sent?.authorization } },
      rest,
    });
    expectNoSecret(text, [discordToken, interactionToken]);
    expect(text).toContain("Invalid Webhook Token");
  });

  it("a failing Slack Web API call, logged with the request that failed", async () => {
    slack.queueAnswer("chat.postMessage", { body: {}, dropConnection: true });
    const client = new webApi.WebClient(slackToken, {
      slackApiUrl: slack.apiUrl,
      retryConfig: { retries: 0 },
      logLevel: webApi.LogLevel.ERROR,
    });
    const error = await client.chat
      .postMessage({ channel: "C1", text: "hello" })
      .catch((caught: unknown) => caught);
    expect((error as { code?: string }).code).toBe("slack_webapi_request_error");
    const sent = slack.callsTo("chat.postMessage").at(-1);
    expect(sent?.authorization).toBe(`Bearer ${slackToken}`);
    const text = loggedText({
      err: error,
      request: { method: "chat.postMessage", headers: { Authorization: sent?.authorization } },
    });
    expectNoSecret(text, [slackToken]);
    expect(text).toContain("slack_webapi_request_error");
  });

  it("a Slack HTTP error carries the response's headers; the client beside it carries the token", async () => {
    slack.queueAnswer("users.info", {
      status: 500,
      headers: { "set-cookie": "d-s=SessionCookieMustNotBeLogged; Secure", "x-slack-req-id": "req-1" },
      body: { ok: false, error: "internal_error" },
    });
    const client = new webApi.WebClient(slackToken, {
      slackApiUrl: slack.apiUrl,
      retryConfig: { retries: 0 },
      logLevel: webApi.LogLevel.ERROR,
    });
    const error = await client.users.info({ user: "U1" }).catch((caught: unknown) => caught);
    expect((error as { headers?: Record<string, string> }).headers?.["set-cookie"]).toContain(
      "SessionCookie",
    );
    const text = loggedText({ failure: { cause: error, client } });
    expectNoSecret(text, [slackToken, "SessionCookieMustNotBeLogged"]);
    expect(text).toContain("req-1");
  });

  it("client options, headers and bindings named like secrets, at any depth, in any container", () => {
    const { logger, lines } = memoryLogger();
    logger.child({ adapter: "slack", appToken: "xapp-1-A0001-3333333333-AppTokenInABinding" }).warn(
      {
        client: { options: { token: discordToken, intents: 33281 } },
        nested: [{ deeper: { headers: new Map([["authorization", `Bearer ${slackToken}`]]) } }],
        settings: { signingSecret: "7e3c9d0a1b2f4e5d6c7b8a9f0e1d2c3b", password: "hunter2hunter2" },
        free: `the raw header block was "Authorization: Bearer ${slackToken}"`,
      },
      `and even the message mentions ${slackToken}`,
    );
    const text = JSON.stringify(lines());
    expectNoSecret(text, [
      discordToken,
      slackToken,
      "xapp-1-A0001-3333333333-AppTokenInABinding",
      "7e3c9d0a1b2f4e5d6c7b8a9f0e1d2c3b",
      "hunter2hunter2",
    ]);
    // What is not a secret is still there to debug with.
    expect(lines()[0]).toMatchObject({
      adapter: "slack",
      client: { options: { token: "[redacted]", intents: 33281 } },
      settings: { signingSecret: "[redacted]" },
    });
  });
});
