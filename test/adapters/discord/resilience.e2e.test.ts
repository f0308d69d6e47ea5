import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { commands } from "../../../commands/index.js";
import { defineCommand } from "../../../src/command-kit/command.js";
import { message } from "../../../src/core/reply.js";
import {
  applicationId,
  callbackData,
  callbackPath,
  type DiscordHarness,
  fakeBotToken,
  finalAnswer,
  startDiscordHarness,
} from "./discord-harness.js";
import {
  chatInputInteraction,
  fakeMembers,
  memberMessage,
  newForumThread,
} from "./fake-discord/fake-events.js";

/** Test commands whose only job is to take time, to drive the deferral paths. */
const waitCommand = (
  name: string,
  options: { slow: boolean; delayMs: number; visibility: "private" | "public" },
) =>
  defineCommand({
    name,
    description: `Answers after ${options.delayMs} ms`,
    options: z.object({}),
    permission: "everyone",
    examples: [name],
    slow: options.slow,
    async run() {
      await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      return message({
        title: name,
        body: `done after ${options.delayMs} ms`,
        visibility: options.visibility,
        data: {},
      });
    },
  });

describe("Discord resilience", () => {
  let harness: DiscordHarness;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on("unhandledRejection", onUnhandled);
    harness = await startDiscordHarness({
      deferAfterMs: 150,
      commands: [
        ...commands,
        waitCommand("declared-slow", { slow: true, delayMs: 50, visibility: "public" }),
        waitCommand("turns-slow", { slow: false, delayMs: 400, visibility: "private" }),
      ],
    });
  });
  afterAll(async () => {
    await harness?.close();
    process.off("unhandledRejection", onUnhandled);
  });

  const help = () => chatInputInteraction(harness.fake, { member: fakeMembers.asker, command: "help" });
  const callbacksFor = (payload: { id: string; token: string }) =>
    harness.fake.requests.filter((request) => request.path === callbackPath(payload));

  it("waits out a 429 on the interaction callback and then answers", async () => {
    harness.fake.scriptOnce({
      method: "POST",
      path: /^\/interactions\/\d+\/[^/]+\/callback$/,
      status: 429,
      headers: { "retry-after": "0.3", "x-ratelimit-scope": "user" },
      body: { message: "You are being rate limited.", retry_after: 0.3, global: false },
    });
    const payload = help();
    harness.fake.dispatch("INTERACTION_CREATE", payload);
    const answered = await harness.fake.waitForRequest(
      (request) => request.path === callbackPath(payload) && request.status === 204,
    );
    const [limited] = callbacksFor(payload);
    expect(limited?.status).toBe(429);
    expect(answered.at - (limited?.at ?? 0)).toBeGreaterThanOrEqual(280);
    expect(callbackData(answered).data.embeds?.[0]?.title).toBe("gigdesk commands");
  });

  it("waits out a 429 on a thread answer and posts it once", async () => {
    const { fake } = harness;
    const thread = newForumThread(fake, { title: "Job Success Score", owner: fakeMembers.asker });
    fake.scriptOnce({
      method: "POST",
      path: new RegExp(`^/channels/${thread.id}/messages$`),
      status: 429,
      headers: {
        "retry-after": "0.2",
        "x-ratelimit-limit": "5",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset-after": "0.2",
      },
      body: { message: "You are being rate limited.", retry_after: 0.2, global: false },
    });
    fake.dispatch("THREAD_CREATE", thread);
    fake.dispatch(
      "MESSAGE_CREATE",
      memberMessage(fake, {
        id: thread.id,
        author: fakeMembers.asker,
        channelId: thread.id,
        content: "How is the job success score calculated?",
      }),
    );
    await fake.waitForRequest(
      (request) => request.path === `/channels/${thread.id}/messages` && request.status === 200,
    );
    const posts = fake.requests.filter((request) => request.path === `/channels/${thread.id}/messages`);
    expect(posts.map((request) => request.status)).toEqual([429, 200]);
  });

  it("retries a 500 once and then succeeds", async () => {
    harness.fake.scriptOnce({
      method: "POST",
      path: /\/callback$/,
      status: 500,
      body: { message: "Internal" },
    });
    const payload = help();
    const answer = await finalAnswer(harness, payload).catch(() => null);
    await harness.fake.waitForRequest(
      (request) => request.path === callbackPath(payload) && request.status === 204,
    );
    expect(callbacksFor(payload).map((request) => request.status)).toEqual([500, 204]);
    expect(answer).not.toBeNull();
  });

  it("gives up after one retry of a 500, logs it with a reference and never the token, and keeps running", async () => {
    const { fake } = harness;
    fake.scriptOnce({ method: "POST", path: /\/callback$/, status: 502, body: { message: "Bad gateway" } });
    fake.scriptOnce({ method: "POST", path: /\/callback$/, status: 502, body: { message: "Bad gateway" } });
    const payload = help();
    fake.dispatch("INTERACTION_CREATE", payload);
    // After the two failures the member is told (if Discord takes it) with the logged reference.
    const report = await fake.waitForRequest(
      (request) => request.path === callbackPath(payload) && request.status === 204,
    );
    const attempts = callbacksFor(payload);
    expect(attempts.map((request) => request.status)).toEqual([502, 502, 204]);
    expect(callbackData(attempts[0] ?? report).data.embeds?.[0]?.title).toBe("gigdesk commands");
    const failure = harness
      .logs()
      .find((line) => line.msg === "interaction failed" && line.interactionId === payload.id);
    expect(failure).toMatchObject({ level: 50, err: { status: 502 } });
    expect(callbackData(report).data.embeds?.[0]?.description).toContain(String(failure?.reference));
    expect(callbackData(report).data.flags).toBe(64);
    const everything = JSON.stringify(harness.logs());
    expect(everything).not.toContain(fakeBotToken);
    expect(everything).not.toContain(payload.token);

    // Still serving.
    const next = callbackData(await harness.interact(help()));
    expect(next.data.embeds?.[0]?.title).toBe("gigdesk commands");
  });

  it("answers an interaction delivered twice only once", async () => {
    const payload = help();
    harness.fake.dispatch("INTERACTION_CREATE", payload);
    harness.fake.dispatch("INTERACTION_CREATE", payload);
    await harness.fake.waitForRequest((request) => request.path === callbackPath(payload));
    // A later interaction's answer shows the bot has processed everything before it.
    await harness.interact(help());
    expect(callbacksFor(payload)).toHaveLength(1);
  });

  it("defers a command declared slow, then posts its public answer", async () => {
    const payload = chatInputInteraction(harness.fake, {
      member: fakeMembers.asker,
      command: "declared-slow",
    });
    const answer = await finalAnswer(harness, payload);
    expect(answer.callbackType).toBe(5);
    expect(answer.ephemeral).toBe(false);
    expect(answer.data.embeds?.[0]?.title).toBe("declared-slow");
    // The private placeholder is removed so the public answer is not shown twice.
    const original = `/webhooks/${applicationId}/${payload.token}/messages/@original`;
    expect(
      harness.fake.requests.some((request) => request.method === "DELETE" && request.path === original),
    ).toBe(true);
  });

  it("defers a command that turns out slow before Discord's 3 s run out, then edits in the answer", async () => {
    const payload = chatInputInteraction(harness.fake, { member: fakeMembers.asker, command: "turns-slow" });
    harness.fake.dispatch("INTERACTION_CREATE", payload);
    const deferred = await harness.fake.waitForRequest((request) => request.path === callbackPath(payload));
    expect(callbackData(deferred)).toEqual({ type: 5, data: { flags: 64 } });
    const answer = await finalAnswer(harness, payload);
    expect(answer.ephemeral).toBe(true);
    expect(answer.data.embeds?.[0]?.title).toBe("turns-slow");
  });

  it("resumes after the gateway drops the connection and keeps answering", async () => {
    const { fake } = harness;
    fake.dropGatewayConnections(4000);
    await fake.waitUntil(
      () => (fake.resumes.length > 0 && fake.connectedSessions > 0 ? true : undefined),
      10_000,
      "a RESUME",
    );
    const answer = callbackData(await harness.interact(help()));
    expect(answer.data.embeds?.[0]?.title).toBe("gigdesk commands");
    expect(fake.identifies).toHaveLength(1);
  });

  it("left no unhandled promise rejection behind", () => {
    expect(unhandled).toEqual([]);
  });
});
