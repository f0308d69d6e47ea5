import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, spawnBot } from "../../support/run-bot-process.js";
import { FakeSlackServer } from "./fake-slack-server.js";
import { formBody, signedPost } from "./signed-slack-request.js";

const botToken = "xoxb-9999999999-8888888888-ProcessTokenSecret";
const signingSecret = "process5ecret0f9a8b7c6d5e4f3a2b1";

let fake: FakeSlackServer;
let bot: ChildProcess;
let stderr = "";
let eventsUrl = "";
let exitCode: Promise<number | null>;

beforeAll(async () => {
  fake = new FakeSlackServer({ teamId: "T0001" });
  await fake.start();
  const port = await freePort();
  eventsUrl = `http://127.0.0.1:${port}/slack/events`;
  bot = spawnBot(
    [],
    {
      LOG_LEVEL: "debug",
      PORT: String(port),
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: fake.apiUrl,
    },
    ["ignore", "ignore", "pipe"],
  );
  bot.stderr?.on("data", (chunk) => {
    stderr += String(chunk);
  });
  exitCode = new Promise((resolve) => bot.on("close", (code) => resolve(code)));
  const deadline = Date.now() + 20_000;
  for (;;) {
    const healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) throw new Error(`the bot did not start:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});

afterAll(async () => {
  if (bot && bot.exitCode === null) bot.kill("SIGTERM");
  await fake?.stop();
});

describe("the bot process with SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET and SLACK_API_URL", () => {
  it("acknowledges a signed /eligibility within 3 s and answers privately through response_url", async () => {
    const body = formBody({
      team_id: "T0001",
      channel_id: "CGENERAL",
      user_id: "UMEMBER",
      command: "/eligibility",
      text: "jss:95 weeks:16 earnings:1500 first_contract_days:200",
      response_url: fake.responseUrl("process-eligibility"),
      trigger_id: "trigger-process",
    });
    const startedMs = Date.now();
    const response = await signedPost(eventsUrl, body, "application/x-www-form-urlencoded", {
      signingSecret,
    });
    expect(response.status).toBe(200);
    expect(Date.now() - startedMs).toBeLessThan(3_000);
    const [answer] = await fake.waitFor("the eligibility answer", () => {
      const posted = fake.responsesTo("process-eligibility");
      return posted.length > 0 ? posted : null;
    });
    expect(answer?.body.response_type).toBe("ephemeral");
    expect(Array.isArray(answer?.body.blocks)).toBe(true);
  });

  it("answers an unsigned request with 401", async () => {
    const response = await fetch(eventsUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: formBody({ command: "/eligibility", text: "jss:95" }),
    });
    expect(response.status).toBe(401);
  });

  it("answers an app_mention question in a thread once, in that thread", async () => {
    const event = {
      type: "app_mention",
      channel: "CPROCESS",
      user: "UASKER",
      text: "<@UBOT> How long does it take for the Top Rated badge to appear once I qualify?",
      ts: "1700000700.000200",
      thread_ts: "1700000700.000100",
    };
    const envelope = (eventId: string) =>
      JSON.stringify({
        team_id: "T0001",
        api_app_id: "A0001",
        type: "event_callback",
        event_id: eventId,
        event_time: 1,
        event,
      });
    await signedPost(eventsUrl, envelope("EvP1"), "application/json", { signingSecret });
    await signedPost(eventsUrl, envelope("EvP1"), "application/json", { signingSecret, retryNum: 1 });
    const [post] = await fake.waitFor("the thread answer", () => {
      const calls = fake.callsTo("chat.postMessage").filter((call) => call.params.channel === "CPROCESS");
      return calls.length > 0 ? calls : null;
    });
    expect(post?.params.thread_ts).toBe(event.thread_ts);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(
      fake.callsTo("chat.postMessage").filter((call) => call.params.channel === "CPROCESS"),
    ).toHaveLength(1);
  });

  it("stops with exit code 0 on SIGTERM and never logged the token or the signing secret", async () => {
    bot.kill("SIGTERM");
    expect(await exitCode).toBe(0);
    expect(stderr.length).toBeGreaterThan(0);
    expect(stderr).not.toContain(botToken);
    expect(stderr).not.toContain(signingSecret);
  });
});
