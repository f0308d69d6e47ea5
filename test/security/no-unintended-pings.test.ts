import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveAsFaqCommandName } from "../../src/adapters/discord/command-json.js";
import {
  type DiscordHarness,
  finalAnswer,
  startDiscordHarness,
} from "../adapters/discord/discord-harness.js";
import type { RecordedRequest } from "../adapters/discord/fake-discord/fake-discord-server.js";
import {
  chatInputInteraction,
  fakeMembers,
  memberMessage,
  messageContextMenuInteraction,
  newForumThread,
} from "../adapters/discord/fake-discord/fake-events.js";
import {
  postEvent,
  postSlashCommand,
  type SlackHarness,
  startSlackHarness,
  teamId,
  uniqueId,
} from "../adapters/slack/slack-harness.js";
import { liveDiscordMention, liveSlackMention } from "../fixtures/hostile-faq-text.js";
import { securityModerator } from "./faq-state.js";

/**
 * MUST NEVER HAPPEN: an FAQ answer, or a member's message quoted back (Save as FAQ, the queue),
 * pings @everyone, @here, a role or a user. Only the asker of a thread may be mentioned, on purpose.
 * Checked on what reaches the platform: Discord's allowed_mentions and text, Slack's text and blocks.
 */

const roleId = "100000000000000050";
const strangerId = "100000000000000299";
const question = "How do I announce my new gig to the whole server at once?";
const discordHostileText = `Please do not ping @everyone or @here, nor <@&${roleId}> or <@${strangerId}> or <@!${strangerId}>: post it in the gigs channel instead.`;
const slackHostileText =
  "Please do not ping <!everyone>, <!channel>, <!here>, <!subteam^S0001> or <@U0STRANGER>: post it in the gigs channel instead.";

async function addHostileEntry(services: DiscordHarness["services"], answer: string): Promise<void> {
  const added = await services.faq.entries.add(
    {
      slug: "announce-a-new-gig",
      question,
      answer,
      aliases: ["announce my gig to everyone", "ping the whole server about my new gig"],
      tags: ["community"],
    },
    securityModerator,
    new Date(),
  );
  if (!added.ok) throw new Error(`could not add the test entry: ${added.code}`);
}

/** What Discord would render and whom it would notify, for every message the bot sent. */
function outgoingMessages(requests: readonly RecordedRequest[]) {
  return requests
    .filter((request) => request.method === "POST" || request.method === "PATCH")
    .map((request) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      // Interaction callbacks wrap the message in `data`.
      const message = (
        typeof body.type === "number" && typeof body.data === "object" && body.data !== null
          ? body.data
          : body
      ) as {
        content?: string;
        embeds?: unknown[];
        allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[] };
      };
      return { path: request.path, message };
    })
    .filter(({ message }) => message.content !== undefined || message.embeds !== undefined);
}

describe("no unintended pings: Discord", () => {
  let harness: DiscordHarness;
  beforeAll(async () => {
    harness = await startDiscordHarness();
    await addHostileEntry(harness.services, discordHostileText);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it("answers a thread with the hostile entry pinging the asker only", async () => {
    const { fake } = harness;
    const thread = newForumThread(fake, { title: "Announcing my gig", owner: fakeMembers.asker });
    fake.dispatch("THREAD_CREATE", thread);
    fake.dispatch(
      "MESSAGE_CREATE",
      memberMessage(fake, {
        id: thread.id,
        author: fakeMembers.asker,
        channelId: thread.id,
        content: question,
      }),
    );
    const posted = await fake.waitForRequest(
      (request) => request.method === "POST" && request.path === `/channels/${thread.id}/messages`,
    );
    const body = posted.body as { allowed_mentions?: unknown; embeds?: { description?: string }[] };
    expect(body.allowed_mentions).toEqual({ parse: [], users: [fakeMembers.asker.id], replied_user: false });
    expect(body.embeds?.[0]?.description).toContain("gigs channel");
    // Allowed mentions are the second line of defence: the text itself carries no mention either.
    expect(JSON.stringify(body.embeds)).not.toMatch(liveDiscordMention);
  });

  it("keeps the moderator's text as typed and shows it, escaped, as typed (/faq show)", async () => {
    const { fake, services } = harness;
    expect((await services.faq.entries.getBySlug("announce-a-new-gig"))?.answer).toBe(discordHostileText);
    const shown = await finalAnswer(
      harness,
      chatInputInteraction(fake, {
        member: fakeMembers.bystander,
        command: "faq",
        subcommand: "show",
        options: [{ name: "slug", type: 3, value: "announce-a-new-gig" }],
      }),
    );
    const description = shown.data.embeds?.[0]?.description ?? "";
    expect(description).not.toMatch(liveDiscordMention);
    expect(description.split("\u200b").join("")).toBe(discordHostileText);
  });

  it("shows the entry (/faq show) and a quoted message (Save as FAQ) without pinging anyone", async () => {
    const { fake } = harness;
    const shown = await finalAnswer(
      harness,
      chatInputInteraction(fake, {
        member: fakeMembers.moderator,
        command: "faq",
        subcommand: "show",
        options: [{ name: "slug", type: 3, value: "announce-a-new-gig" }],
      }),
    );
    expect(shown.data.allowed_mentions?.parse).toEqual([]);
    // An interaction's answer may notify only the member who ran it, never someone the text names.
    expect(shown.data.allowed_mentions?.users ?? []).toEqual([fakeMembers.moderator.id]);

    const thread = newForumThread(fake, { title: "Pinging people", owner: fakeMembers.asker });
    fake.dispatch("THREAD_CREATE", thread);
    fake.rememberMessage(
      memberMessage(fake, {
        id: thread.id,
        author: fakeMembers.asker,
        channelId: thread.id,
        content: "How do I reach everyone?",
      }),
    );
    const saved = await finalAnswer(
      harness,
      messageContextMenuInteraction(fake, {
        member: fakeMembers.bystander,
        channelId: thread.id,
        commandName: saveAsFaqCommandName,
        target: memberMessage(fake, {
          author: fakeMembers.bystander,
          channelId: thread.id,
          content: discordHostileText,
        }),
      }),
    );
    expect(saved.data.allowed_mentions?.parse).toEqual([]);

    const queue = await finalAnswer(
      harness,
      chatInputInteraction(fake, { member: fakeMembers.moderator, command: "faq", subcommand: "queue" }),
    );
    expect(queue.data.allowed_mentions?.parse).toEqual([]);
  });

  it("never lets any message it sent notify @everyone, @here, a role, or anyone but the member it answers", () => {
    const actors = new Set([fakeMembers.asker.id, fakeMembers.moderator.id, fakeMembers.bystander.id]);
    const messages = outgoingMessages(harness.fake.requests);
    expect(messages.length).toBeGreaterThanOrEqual(4);
    for (const { path, message } of messages) {
      expect(message.allowed_mentions, path).toBeDefined();
      expect(message.allowed_mentions?.parse ?? [], path).toEqual([]);
      expect(message.allowed_mentions?.roles ?? [], path).toEqual([]);
      for (const user of message.allowed_mentions?.users ?? []) {
        expect(user, path).not.toBe(strangerId);
        expect(actors.has(user), path).toBe(true);
      }
    }
  });
});

describe("no unintended pings: Slack", () => {
  let harness: SlackHarness;
  beforeAll(async () => {
    harness = await startSlackHarness();
    await addHostileEntry(harness.services, slackHostileText);
    await harness.services.settings.update(
      { autoAnswerChannels: ["CHELP"] },
      { platform: "slack", spaceId: teamId, userId: "setup" },
    );
  });
  afterAll(async () => {
    await harness?.close();
  });

  it("answers with the hostile entry mentioning only the asker; special mentions are defused", async () => {
    const response = await postEvent(
      harness,
      {
        type: "message",
        channel: "CHELP",
        user: "UASKER",
        text: question,
        ts: "1700009000.000100",
        channel_type: "channel",
      },
      "EvPing1",
    );
    expect(response.status).toBe(200);
    const [posted] = await harness.fake.waitFor("the answer", () => {
      const calls = harness.fake.callsTo("chat.postMessage");
      return calls.length > 0 ? calls : null;
    });
    const sent = JSON.stringify(posted?.params ?? {});
    expect(sent).toContain("gigs channel");
    expect(sent).not.toMatch(/<!(everyone|channel|here|subteam)/);
    const mentioned = [...sent.matchAll(/<@([A-Z0-9]+)/g)].map((match) => match[1]);
    for (const user of mentioned) expect(user).toBe("UASKER");
    // The fallback text notifies too: it opens with the asker and carries nothing else live.
    const text = String(posted?.params.text);
    expect(text.split("<@UASKER>").join("")).not.toMatch(liveSlackMention);
  });

  // Issue 15: tags and sources skipped neutralising and the fallback text was never escaped, so a
  // member's /faq list tag:<!here> or /faq show posted <!here> to the channel.
  it("answers /faq list and /faq show with hostile tags and a hostile stored source, broadcasting nothing", async () => {
    await harness.services.faq.entries.add(
      {
        slug: "hostile-fields",
        question: "Who is <!here> and <!channel>?",
        answer: "Ask <!everyone>.",
        tags: ["<!here>"],
        // Stored before sources had to be plain https links (or imported by an older version).
        sources: ["https://x.example/a><!channel>"],
      },
      securityModerator,
      new Date(),
    );
    const lines = ["list tag:<!here>", "show slug:hostile-fields", "search query:<!channel> who is here"];
    for (const text of lines) {
      const responseId = uniqueId("hostile");
      const response = await postSlashCommand(harness, { command: "/faq", text, responseId });
      expect(response.status).toBe(200);
      const [answer] = await harness.fake.waitFor(`the answer to /faq ${text}`, () => {
        const posted = harness.fake.responsesTo(responseId);
        return posted.length > 0 ? posted : null;
      });
      const body = answer?.body ?? {};
      expect(String(body.text), text).not.toMatch(liveSlackMention);
      expect(JSON.stringify(body.blocks), text).not.toMatch(liveSlackMention);
    }
  });
});
