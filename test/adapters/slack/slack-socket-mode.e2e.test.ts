import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  appToken,
  botToken,
  buttonPayload,
  eventEnvelope,
  type SlackHarness,
  startSlackHarness,
  teamId,
  uniqueId,
} from "./slack-harness.js";

let harness: SlackHarness;

beforeAll(async () => {
  harness = await startSlackHarness("socket");
});

afterAll(async () => {
  await harness?.close();
});

describe("Slack Socket Mode, end to end through the real Bolt", () => {
  it("opens the connection with the app token and the URL from apps.connections.open", async () => {
    expect(harness.adapter.mode).toBe("socket");
    const [open] = harness.fake.callsTo("apps.connections.open");
    expect(open?.authorization).toBe(`Bearer ${appToken}`);
    await harness.fake.waitForSocket();
    const health = await fetch(`http://127.0.0.1:${harness.adapter.port}/healthz`);
    expect(health.status).toBe(200);
  });

  it("acknowledges a slash command envelope and answers through response_url", async () => {
    const responseId = uniqueId("sock");
    const envelopeId = uniqueId("env-");
    const ack = await harness.fake.sendEnvelope(
      "slash_commands",
      {
        token: "unused",
        team_id: teamId,
        team_domain: "fake",
        channel_id: "CGENERAL",
        channel_name: "general",
        user_id: "UMEMBER",
        user_name: "member",
        command: "/help",
        text: "",
        api_app_id: "A0001",
        response_url: harness.fake.responseUrl(responseId),
        trigger_id: `trigger-${responseId}`,
      },
      envelopeId,
    );
    expect(ack.envelope_id).toBe(envelopeId);
    const [answer] = await harness.fake.waitFor("respond() over Socket Mode", () => {
      const posted = harness.fake.responsesTo(responseId);
      return posted.length > 0 ? posted : null;
    });
    expect(answer?.body.response_type).toBe("ephemeral");
    expect(String(answer?.body.text)).toContain("/help");
  });

  it("acknowledges an events_api envelope and passes the mention to the thread-reply path", async () => {
    const envelopeId = uniqueId("env-");
    const event = {
      type: "app_mention",
      channel: "CSOCKET",
      user: "UASKER",
      text: "<@UBOT> How long does it take for the Top Rated badge to appear once I qualify?",
      ts: "1700000900.000100",
    };
    const ack = await harness.fake.sendEnvelope(
      "events_api",
      eventEnvelope(event, uniqueId("Ev")),
      envelopeId,
    );
    expect(ack.envelope_id).toBe(envelopeId);
    const [post] = await harness.fake.waitFor("the answer in the thread", () => {
      const calls = harness.fake
        .callsTo("chat.postMessage")
        .filter((call) => call.params.channel === "CSOCKET");
      return calls.length > 0 ? calls : null;
    });
    expect(post?.params.thread_ts).toBe(event.ts);
  });

  it("acknowledges an interactive envelope (a button) and answers through response_url", async () => {
    const responseId = uniqueId("sockbtn");
    const envelopeId = uniqueId("env-");
    const ack = await harness.fake.sendEnvelope(
      "interactive",
      buttonPayload(harness, { actionId: "thread:helpful:no-such-reply", userId: "UREADER", responseId }),
      envelopeId,
    );
    expect(ack.envelope_id).toBe(envelopeId);
    const [answer] = await harness.fake.waitFor("the button's answer", () => {
      const posted = harness.fake.responsesTo(responseId);
      return posted.length > 0 ? posted : null;
    });
    expect(answer?.body.response_type).toBe("ephemeral");
    expect(String(answer?.body.text)).toMatch(/no longer exists/);
  });

  it("fails the start with a clear message when Slack refuses the app token", async () => {
    harness.fake.queueAnswer("apps.connections.open", { body: { ok: false, error: "invalid_auth" } });
    await expect(harness.startAnother({ retryConfig: { retries: 0 } })).rejects.toThrow(
      "Socket Mode could not connect (apps.connections.open: invalid_auth). Check SLACK_APP_TOKEN.",
    );
  });

  it("never writes the app token or the bot token to the logs", () => {
    const text = JSON.stringify(harness.logLines());
    expect(harness.logLines().length).toBeGreaterThan(5);
    expect(text).not.toContain(appToken);
    expect(text).not.toContain(botToken);
  });
});
