import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../../commands/index.js";
import { isCommandGroup } from "../../../src/command-kit/command.js";
import { runTextCommand } from "../../../src/command-kit/text-invocation.js";
import { signedPost, slackSignature } from "./signed-slack-request.js";
import {
  adminUserId,
  botToken,
  buttonPayload,
  postEvent,
  postInteraction,
  postSlashCommand,
  type SlackHarness,
  signingSecret,
  slashCommandForm,
  startSlackHarness,
  teamId,
  uniqueId,
} from "./slack-harness.js";

const answerableQuestion = "How long does it take for the Top Rated badge to appear once I qualify?";

let harness: SlackHarness;

beforeAll(async () => {
  harness = await startSlackHarness();
});

afterAll(async () => {
  await harness?.close();
});

type Block = {
  type: string;
  text?: { text: string };
  elements?: Array<{ action_id?: string; text?: unknown }>;
};

function blocksOf(body: Record<string, unknown>): Block[] {
  return (body.blocks ?? []) as Block[];
}

function actionIds(blocks: Block[]): string[] {
  return blocks.flatMap((block) =>
    block.type === "actions" ? (block.elements ?? []).map((element) => element.action_id ?? "") : [],
  );
}

async function runSlash(command: string, text: string, userId = "UMEMBER") {
  const responseId = uniqueId("cmd");
  const startedMs = Date.now();
  const response = await postSlashCommand(harness, { command, text, userId, responseId });
  const ackMs = Date.now() - startedMs;
  expect(response.status).toBe(200);
  const [answer] = await harness.fake.waitFor(`respond() for ${command} ${text}`, () => {
    const posted = harness.fake.responsesTo(responseId);
    return posted.length > 0 ? posted : null;
  });
  return { ackMs, body: answer?.body ?? {}, responseId };
}

describe("Slack HTTP mode, end to end through the real Bolt", () => {
  it("answers Slack's url_verification challenge and the health check", async () => {
    const body = JSON.stringify({
      type: "url_verification",
      challenge: "challenge-token-123",
      token: "unused",
    });
    const response = await signedPost(harness.eventsUrl, body, "application/json", { signingSecret });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("challenge-token-123");
    const health = await fetch(`http://127.0.0.1:${harness.adapter.port}/healthz`);
    expect(health.status).toBe(200);
  });

  it("calls auth.test with the bot token at start-up", () => {
    const [authTest] = harness.fake.callsTo("auth.test");
    expect(authTest?.authorization).toBe(`Bearer ${botToken}`);
  });

  it("runs every registered command from its first example, acknowledged fast and answered through response_url", async () => {
    for (const entry of commands) {
      const examples = isCommandGroup(entry)
        ? entry.subcommands
            .filter((sub) => sub.permission === "everyone")
            .flatMap((sub) => sub.examples.slice(0, 1))
        : entry.examples.slice(0, 1);
      for (const example of examples.length > 0 ? examples : [entry.name]) {
        const text = example.replace(new RegExp(`^/?${entry.name}\\s*`), "");
        const { ackMs, body } = await runSlash(`/${entry.name}`, text);
        expect(ackMs, `/${entry.name} ack`).toBeLessThan(3_000);
        expect(typeof body.text, example).toBe("string");
        expect(String(body.text).length, example).toBeGreaterThan(0);
        expect(blocksOf(body).length, example).toBeGreaterThan(0);
        // The same line through the shared text path gives the reply Slack must have rendered.
        const { reply } = await runTextCommand(`/${example.replace(/^\//, "")}`, {
          actor: {
            platform: "slack",
            spaceId: teamId,
            communityId: harness.services.communityId,
            userId: "UMEMBER",
            displayName: "member",
            isModerator: false,
            channelId: "CGENERAL",
          },
          services: harness.services,
          commands,
          now: new Date(),
        });
        expect(["unknown-command", "invalid-input", "internal-error"], example).not.toContain(reply.code);
        expect(body.response_type, example).toBe(reply.visibility === "public" ? "in_channel" : "ephemeral");
        if (reply.title) expect(String(body.text), example).toContain(reply.title);
        expect(String(body.text), example).not.toMatch(/There is no (command|option)|went wrong on our side/);
      }
    }
  });

  it("shows usage for `help` and for an empty text where options are required", async () => {
    const { body } = await runSlash("/help", "");
    expect(body.response_type).toBe("ephemeral");
    expect(String(body.text)).toContain("/help");
    const commandsWithRequiredOptions = commands.filter(
      (entry) => !isCommandGroup(entry) && entry.name !== "help",
    );
    for (const entry of commandsWithRequiredOptions) {
      const viaHelp = await runSlash(`/${entry.name}`, "help");
      expect(String(viaHelp.body.text)).toContain(`/${entry.name}`);
      expect(String(viaHelp.body.text)).toMatch(/Usage/);
    }
  });

  it("renders the small markup as Slack mrkdwn with a header", async () => {
    const { body } = await runSlash("/help", "help");
    const blocks = blocksOf(body);
    expect(blocks[0]?.type).toBe("header");
    const sectionText = blocks
      .filter((block) => block.type === "section")
      .map((block) => block.text?.text ?? "")
      .join("\n");
    expect(sectionText).not.toContain("**");
    expect(sectionText).toMatch(/\*Usage:\*/);
  });

  it("refuses a bad signature and a replayed timestamp with 401, before any work", async () => {
    const callsBefore = harness.fake.calls.length;
    const responsesBefore = harness.fake.responses.length;
    const form = slashCommandForm(harness, { command: "/help", text: "", responseId: uniqueId("forged") });
    const forged = await signedPost(harness.eventsUrl, form, "application/x-www-form-urlencoded", {
      signingSecret,
      signature: slackSignature("not-the-secret", Math.floor(Date.now() / 1000), form),
    });
    expect(forged.status).toBe(401);
    const unsigned = await fetch(harness.eventsUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: form,
    });
    expect(unsigned.status).toBe(401);
    // Correctly signed, but six minutes old: a captured request replayed later.
    const replayed = await signedPost(harness.eventsUrl, form, "application/x-www-form-urlencoded", {
      signingSecret,
      timestampSec: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(replayed.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(harness.fake.calls.length).toBe(callsBefore);
    expect(harness.fake.responses.length).toBe(responsesBefore);
  });

  it("answers a mention in a thread once, even when it also arrives as a message and is retried", async () => {
    const channel = "CTHREADS";
    const parentTs = "1700000100.000100";
    const mentionTs = "1700000100.000200";
    const text = `<@UBOT> ${answerableQuestion}`;
    const asMessage = {
      type: "message",
      channel,
      user: "UASKER",
      text,
      ts: mentionTs,
      thread_ts: parentTs,
      channel_type: "channel",
    };
    const asMention = { ...asMessage, type: "app_mention" };
    const responses = await Promise.all([
      postEvent(harness, asMessage, uniqueId("Ev")),
      postEvent(harness, asMention, uniqueId("Ev")),
    ]);
    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    const retry = await postEvent(harness, asMention, uniqueId("Ev"), 1);
    expect(retry.status).toBe(200);
    const posted = await harness.fake.waitFor("the thread answer", () => {
      const calls = harness.fake
        .callsTo("chat.postMessage")
        .filter((call) => call.params.channel === channel);
      return calls.length > 0 ? calls : null;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const allPosts = harness.fake
      .callsTo("chat.postMessage")
      .filter((call) => call.params.channel === channel);
    expect(allPosts).toHaveLength(1);
    expect(posted[0]?.params.thread_ts).toBe(parentTs);
    // The asker is mentioned on purpose, and nobody else is.
    expect(String(posted[0]?.params.text)).toContain("<@UASKER>");
    expect(String(posted[0]?.params.text)).not.toMatch(/<!(here|channel|everyone)>/);
    const ids = actionIds(posted[0]?.params.blocks as Block[]);
    expect(ids.some((id) => id.startsWith("thread:helpful:"))).toBe(true);
    expect(ids.some((id) => id.startsWith("thread:dismiss:"))).toBe(true);
  });

  it("answers a top-level question in an auto-answer channel in a thread under it; ignores bots, edits and joins", async () => {
    const channel = "CAUTO";
    await harness.services.settings.update(
      { autoAnswerChannels: [channel] },
      { platform: "slack", spaceId: teamId, userId: adminUserId },
    );
    const ts = "1700000200.000100";
    const ignored = [
      {
        type: "message",
        channel,
        bot_id: "BOTHER",
        user: "UOTHERBOT",
        text: answerableQuestion,
        ts: "1700000200.000001",
      },
      {
        type: "message",
        subtype: "message_changed",
        channel,
        message: { text: answerableQuestion },
        ts: "1700000200.000002",
      },
      {
        type: "message",
        subtype: "channel_join",
        channel,
        user: "UNEW",
        text: "<@UNEW> has joined",
        ts: "1700000200.000003",
      },
    ];
    for (const event of ignored) expect((await postEvent(harness, event, uniqueId("Ev"))).status).toBe(200);
    await postEvent(
      harness,
      { type: "message", channel, user: "UASKER2", text: answerableQuestion, ts, channel_type: "channel" },
      uniqueId("Ev"),
    );
    const [post] = await harness.fake.waitFor("the top-level answer", () => {
      const calls = harness.fake
        .callsTo("chat.postMessage")
        .filter((call) => call.params.channel === channel);
      return calls.length > 0 ? calls : null;
    });
    expect(post?.params.thread_ts).toBe(ts);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(
      harness.fake.callsTo("chat.postMessage").filter((call) => call.params.channel === channel),
    ).toHaveLength(1);
  });

  it("handles Helpful once per user and lets only the asker or a moderator dismiss", async () => {
    const channel = "CBUTTONS";
    await postEvent(
      harness,
      {
        type: "app_mention",
        channel,
        user: "UASKER3",
        text: `<@UBOT> ${answerableQuestion}`,
        ts: "1700000300.000100",
      },
      uniqueId("Ev"),
    );
    const [post] = await harness.fake.waitFor("an answer with buttons", () => {
      const calls = harness.fake
        .callsTo("chat.postMessage")
        .filter((call) => call.params.channel === channel);
      return calls.length > 0 ? calls : null;
    });
    const ids = actionIds(post?.params.blocks as Block[]);
    const helpful = ids.find((id) => id.startsWith("thread:helpful:")) as string;
    const dismiss = ids.find((id) => id.startsWith("thread:dismiss:")) as string;

    const click = async (actionId: string, userId: string) => {
      const responseId = uniqueId("btn");
      const response = await postInteraction(
        harness,
        buttonPayload(harness, { actionId, userId, responseId, channelId: channel }),
      );
      expect(response.status).toBe(200);
      const [answer] = await harness.fake.waitFor(`button answer ${actionId}`, () => {
        const posted = harness.fake.responsesTo(responseId);
        return posted.length > 0 ? posted : null;
      });
      return answer?.body ?? {};
    };

    const first = await click(helpful, "UREADER");
    expect(first.response_type).toBe("ephemeral");
    expect(String(first.text)).toMatch(/noted/i);
    const second = await click(helpful, "UREADER");
    expect(String(second.text)).toMatch(/already/i);

    const refused = await click(dismiss, "USTRANGER");
    expect(String(refused.text)).toMatch(/Only the person who asked or a moderator/);
    expect(harness.fake.callsTo("chat.delete")).toHaveLength(0);

    const dismissed = await click(dismiss, "UASKER3");
    expect(String(dismissed.text)).toMatch(/Removed/);
    const [deletion] = harness.fake.callsTo("chat.delete");
    expect(deletion?.params.channel).toBe(channel);
  });

  it("logs a failing Web API call with its Slack error code and keeps serving", async () => {
    harness.fake.queueAnswer("chat.postMessage", { body: { ok: false, error: "channel_not_found" } });
    await postEvent(
      harness,
      {
        type: "app_mention",
        channel: "CGONE",
        user: "UASKER4",
        text: `<@UBOT> ${answerableQuestion}`,
        ts: "1700000400.000100",
      },
      uniqueId("Ev"),
    );
    await harness.fake.waitFor("the failure in the log", () =>
      harness.logLines().find((line) => line.slackError === "channel_not_found"),
    );
    const { body } = await runSlash("/help", "");
    expect(String(body.text)).toContain("/help");
  });

  it("waits out a 429 for its retry-after and then delivers", async () => {
    const patient = await harness.startAnother({ retryConfig: { retries: 2, minTimeout: 0, maxTimeout: 0 } });
    harness.fake.queueAnswer("chat.postMessage", {
      status: 429,
      headers: { "retry-after": "1" },
      body: { ok: false, error: "ratelimited" },
    });
    const channel = "CLIMITED";
    await signedPost(
      `http://127.0.0.1:${patient.port}/slack/events`,
      JSON.stringify({
        token: "unused",
        team_id: teamId,
        api_app_id: "A0001",
        type: "event_callback",
        event_id: uniqueId("Ev"),
        event_time: Math.floor(Date.now() / 1000),
        event: {
          type: "app_mention",
          channel,
          user: "UASKER5",
          text: `<@UBOT> ${answerableQuestion}`,
          ts: "1700000500.000100",
        },
      }),
      "application/json",
      { signingSecret },
    );
    const attempts = await harness.fake.waitFor(
      "a retried postMessage",
      () => {
        const calls = harness.fake
          .callsTo("chat.postMessage")
          .filter((call) => call.params.channel === channel);
        return calls.length >= 2 ? calls : null;
      },
      6_000,
    );
    const [limited, delivered] = attempts;
    expect((delivered?.atMs ?? 0) - (limited?.atMs ?? 0)).toBeGreaterThanOrEqual(900);
    await patient.stop();
  });

  it("in shadow mode posts the would-be answer to the moderators' channel, not the thread", async () => {
    const shadowTeam = "TSHADOW";
    const shadowCommunity = await harness.bot.communities.communityOf(
      { platform: "slack", spaceId: shadowTeam },
      new Date(),
    );
    await harness.bot
      .forCommunity(shadowCommunity)
      .settings.update(
        { shadowMode: true, shadowChannels: { slack: "CMODS" } },
        { platform: "slack", spaceId: shadowTeam, userId: adminUserId },
      );
    await postEvent(
      harness,
      {
        type: "app_mention",
        channel: "CSHADOWED",
        user: "UASKER6",
        text: `<@UBOT> ${answerableQuestion}`,
        ts: "1700000800.000100",
      },
      uniqueId("Ev"),
      undefined,
      shadowTeam,
    );
    const [post] = await harness.fake.waitFor("the shadow post", () => {
      const calls = harness.fake
        .callsTo("chat.postMessage")
        .filter((call) => call.params.channel === "CMODS");
      return calls.length > 0 ? calls : null;
    });
    expect(post?.params.thread_ts).toBeUndefined();
    expect(String(post?.params.text)).not.toContain("<@UASKER6>");
    // Moderators see who asked by display name (from users.info), and nobody is pinged.
    expect(String(post?.params.text)).toContain("member-UASKER6");
    expect(
      harness.fake.callsTo("chat.postMessage").filter((call) => call.params.channel === "CSHADOWED"),
    ).toHaveLength(0);
  });

  it("fails the start with a clear message when Slack rejects the bot token", async () => {
    harness.fake.queueAnswer("auth.test", { body: { ok: false, error: "invalid_auth" } });
    await expect(harness.startAnother({ retryConfig: { retries: 0 } })).rejects.toThrow(
      "Slack rejected the bot token (auth.test: invalid_auth). Check SLACK_BOT_TOKEN.",
    );
  });

  it("never writes the bot token or the signing secret to the logs", () => {
    const text = JSON.stringify(harness.logLines());
    expect(harness.logLines().length).toBeGreaterThan(10);
    expect(text).not.toContain(botToken);
    expect(text).not.toContain(signingSecret);
  });
});
