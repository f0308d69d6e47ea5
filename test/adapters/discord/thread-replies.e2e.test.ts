import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callbackData, type DiscordHarness, startDiscordHarness } from "./discord-harness.js";
import { botMessagePayload } from "./fake-discord/bot-message.js";
import type { RecordedRequest } from "./fake-discord/fake-discord-server.js";
import { buttonInteraction, fakeMembers, memberMessage, newForumThread } from "./fake-discord/fake-events.js";

interface PostedMessage {
  content?: string;
  embeds?: { title?: string; description?: string; footer?: { text: string } }[];
  components?: { components: { custom_id: string; label: string }[] }[];
  allowed_mentions?: unknown;
  message_reference?: { message_id: string };
}

/**
 * Questions posted in forum threads (and mentions elsewhere) go through the shared thread-reply
 * path over the real services; the answer arrives as a REST post in the right place, once.
 */
describe("thread answers over Discord", () => {
  let harness: DiscordHarness;
  let forumAnswer: { request: RecordedRequest; body: PostedMessage; threadId: string; postedId: string };

  beforeAll(async () => {
    harness = await startDiscordHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  const postsIn = (channelId: string) =>
    harness.fake.requests.filter(
      (request) => request.method === "POST" && request.path === `/channels/${channelId}/messages`,
    );

  /** Lets the bot finish with earlier events: a round trip through the gateway and REST. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  it("answers a new forum post in its thread, pinging only the asker", async () => {
    const { fake } = harness;
    const thread = newForumThread(fake, { title: "How do I get Top Rated?", owner: fakeMembers.asker });
    fake.dispatch("THREAD_CREATE", thread);
    const opening = memberMessage(fake, {
      id: thread.id,
      author: fakeMembers.asker,
      channelId: thread.id,
      content: "How long until the Top Rated badge shows up after I qualify?",
    });
    fake.dispatch("MESSAGE_CREATE", opening);
    const request = await fake.waitForRequest(
      (candidate) => candidate.method === "POST" && candidate.path === `/channels/${thread.id}/messages`,
    );
    const body = request.body as PostedMessage;
    expect(body.content).toBe(`<@${fakeMembers.asker.id}>`);
    expect(body.allowed_mentions).toEqual({ parse: [], users: [fakeMembers.asker.id], replied_user: false });
    expect(body.embeds?.[0]?.title).toMatch(/Top Rated badge/);
    expect(body.embeds?.[0]?.description).not.toContain("{asker}");
    expect(body.embeds?.[0]?.footer?.text).toMatch(/FAQ: top-rated-badge-delay/);
    const buttonIds =
      body.components?.flatMap((row) => row.components.map((button) => button.custom_id)) ?? [];
    expect(buttonIds.map((id) => id.split(":").slice(0, 2).join(":"))).toEqual([
      "thread:helpful",
      "thread:not-helpful",
      "thread:dismiss",
    ]);
    const postedId = (request.response as { id: string }).id;
    forumAnswer = { request, body, threadId: thread.id, postedId };

    // The same event delivered again, and a follow-up in the thread, get no second answer.
    fake.dispatch("MESSAGE_CREATE", opening);
    fake.dispatch(
      "MESSAGE_CREATE",
      memberMessage(fake, {
        author: fakeMembers.bystander,
        channelId: thread.id,
        content: "How long does it take though?",
      }),
    );
    await settle();
    expect(postsIn(thread.id)).toHaveLength(1);
  });

  it("records Helpful once per member and says so privately", async () => {
    const { fake } = harness;
    const helpfulId = buttonIdOf(forumAnswer.body, "thread:helpful:");
    const click = () =>
      buttonInteraction(fake, {
        member: fakeMembers.bystander,
        channelId: forumAnswer.threadId,
        customId: helpfulId,
        message: botMessage(fake, forumAnswer.threadId, forumAnswer.postedId),
      });
    const first = callbackData(await harness.interact(click()));
    expect(first.data.flags).toBe(64);
    expect(first.data.embeds?.[0]?.description).toMatch(/recorded/);
    const second = callbackData(await harness.interact(click()));
    expect(second.data.flags).toBe(64);
    expect(second.data.embeds?.[0]?.description).toMatch(/already rated/);
    expect(await harness.services.threadReplies.stats(5)).toMatchObject({
      helpful: 1,
      answered: 1,
    });
  });

  it("lets only the asker or a moderator dismiss the answer, and then deletes it", async () => {
    const { fake } = harness;
    const dismissId = buttonIdOf(forumAnswer.body, "thread:dismiss:");
    const clickBy = (member: typeof fakeMembers.asker) =>
      buttonInteraction(fake, {
        member,
        channelId: forumAnswer.threadId,
        customId: dismissId,
        message: botMessage(fake, forumAnswer.threadId, forumAnswer.postedId),
      });
    const refused = callbackData(await harness.interact(clickBy(fakeMembers.bystander)));
    expect(refused.data.flags).toBe(64);
    expect(refused.data.embeds?.[0]?.description).toMatch(/Only the person who asked or a moderator/);
    const deletePath = `/channels/${forumAnswer.threadId}/messages/${forumAnswer.postedId}`;
    expect(fake.requests.some((request) => request.method === "DELETE" && request.path === deletePath)).toBe(
      false,
    );

    const accepted = callbackData(await harness.interact(clickBy(fakeMembers.asker)));
    expect(accepted.data.flags).toBe(64);
    expect(accepted.data.embeds?.[0]?.description).toMatch(/Dismissed/);
    await fake.waitForRequest((request) => request.method === "DELETE" && request.path === deletePath);
  });

  it("answers a mention in a plain channel as a reply to that message", async () => {
    const { fake } = harness;
    const channelId = fake.options.guild.textChannelId;
    const question = memberMessage(fake, {
      author: fakeMembers.asker,
      channelId,
      content: `<@${fake.options.botUser.id}> How is the job success score calculated?`,
      mentionsBot: true,
    });
    fake.dispatch("MESSAGE_CREATE", question);
    const request = await fake.waitForRequest(
      (candidate) => candidate.method === "POST" && candidate.path === `/channels/${channelId}/messages`,
    );
    const body = request.body as PostedMessage;
    expect(body.message_reference?.message_id).toBe(question.id);
    expect(body.embeds?.[0]?.title).toMatch(/Job Success Score/);
    expect(body.allowed_mentions).toEqual({ parse: [], users: [fakeMembers.asker.id], replied_user: false });
  });

  it("answers the first message of a new thread in a channel listed for auto-answers", async () => {
    const { fake, services } = harness;
    const { guild } = fake.options;
    await services.settings.update(
      { autoAnswerChannels: [guild.textChannelId], channelCooldownSeconds: 0 },
      { platform: "discord", spaceId: guild.id, userId: fakeMembers.moderator.id },
    );
    const thread = {
      ...newForumThread(fake, { title: "jss", owner: fakeMembers.asker }),
      parent_id: guild.textChannelId,
    };
    fake.dispatch("THREAD_CREATE", thread);
    fake.dispatch(
      "MESSAGE_CREATE",
      memberMessage(fake, {
        author: fakeMembers.asker,
        channelId: thread.id,
        content: "How is the job success score calculated?",
      }),
    );
    await fake.waitForRequest(
      (candidate) => candidate.method === "POST" && candidate.path === `/channels/${thread.id}/messages`,
    );
    // A later message in that thread is a conversation, not a new question.
    fake.dispatch(
      "MESSAGE_CREATE",
      memberMessage(fake, {
        author: fakeMembers.bystander,
        channelId: thread.id,
        content: "How is the job success score calculated exactly?",
      }),
    );
    await settle();
    expect(postsIn(thread.id)).toHaveLength(1);
    await services.settings.update(
      { autoAnswerChannels: "forums" },
      { platform: "discord", spaceId: guild.id, userId: fakeMembers.moderator.id },
    );
  });

  it("in shadow mode posts the answer to the moderators' channel and pings nobody", async () => {
    const { fake, services } = harness;
    const { guild } = fake.options;
    await services.settings.update(
      { shadowMode: true, shadowChannels: { discord: guild.moderatorsChannelId }, channelCooldownSeconds: 0 },
      { platform: "discord", spaceId: guild.id, userId: fakeMembers.moderator.id },
    );
    const thread = newForumThread(fake, { title: "JSS question", owner: fakeMembers.asker });
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
    const request = await fake.waitForRequest(
      (candidate) =>
        candidate.method === "POST" && candidate.path === `/channels/${guild.moderatorsChannelId}/messages`,
    );
    const body = request.body as PostedMessage;
    expect(body.allowed_mentions).toEqual({ parse: [], users: [], replied_user: false });
    expect(body.content).toBe(`Question: https://discord.com/channels/${guild.id}/${thread.id}/${thread.id}`);
    expect(body.embeds?.[0]?.description).toMatch(/^Shadow mode/);
    expect(postsIn(thread.id)).toEqual([]);
    await services.settings.update(
      { shadowMode: false },
      { platform: "discord", spaceId: guild.id, userId: fakeMembers.moderator.id },
    );
  });

  it("stays silent for other bots and for chatter that is not a question", async () => {
    const { fake } = harness;
    const before = fake.requests.length;
    const bot = { ...fakeMembers.bystander, id: "100000000000000777", username: "otherbot" };
    const thread = newForumThread(fake, { title: "Top Rated?", owner: bot });
    fake.dispatch("THREAD_CREATE", thread);
    const fromBot = memberMessage(fake, {
      id: thread.id,
      author: bot,
      channelId: thread.id,
      content: "How is JSS calculated?",
    });
    fake.dispatch("MESSAGE_CREATE", { ...fromBot, author: { ...fromBot.author, bot: true } });
    fake.dispatch(
      "MESSAGE_CREATE",
      memberMessage(fake, {
        author: fakeMembers.asker,
        channelId: fake.options.guild.textChannelId,
        content: "thanks all!",
      }),
    );
    await settle();
    expect(fake.requests.slice(before).filter((request) => request.method === "POST")).toEqual([]);
  });
});

function buttonIdOf(body: PostedMessage, prefix: string): string {
  const id = body.components
    ?.flatMap((row) => row.components.map((button) => button.custom_id))
    .find((candidate) => candidate.startsWith(prefix));
  if (!id) throw new Error(`no ${prefix} button`);
  return id;
}

function botMessage(fake: DiscordHarness["fake"], channelId: string, id: string): Record<string, unknown> {
  return botMessagePayload({ id, channelId, guildId: fake.options.guild.id, botUser: fake.options.botUser });
}
