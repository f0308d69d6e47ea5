import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveAsFaqCommandName } from "../../../src/adapters/discord/command-json.js";
import { WEB_CONSENT_QUESTION } from "../../../src/core/faq/web-consent-question.js";
import { createWebApp } from "../../../src/web/create-web-app.js";
import { callbackData, type DiscordHarness, startDiscordHarness } from "./discord-harness.js";
import { botMessagePayload } from "./fake-discord/bot-message.js";
import {
  buttonInteraction,
  fakeMembers,
  memberMessage,
  messageContextMenuInteraction,
  newForumThread,
} from "./fake-discord/fake-events.js";

type PostedMessage = {
  content?: string;
  embeds?: { title?: string; description?: string }[];
  components?: { components: { custom_id?: string; label: string }[] }[];
  allowed_mentions?: { parse?: string[]; users?: string[] };
};

/** The consent question on Discord: asked in the thread, answered by the author's click only. */
describe("web consent over Discord", () => {
  let harness: DiscordHarness;
  const moderatorActor = { platform: "discord" as const, spaceId: "guild", userId: "mod" };

  beforeAll(async () => {
    harness = await startDiscordHarness();
    await harness.services.settings.update({ publicWeb: true }, moderatorActor);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it("asks the author in the thread, takes only their click, and the page follows their answer", async () => {
    const { fake, services } = harness;
    const thread = newForumThread(fake, {
      title: "Connects after a cancelled job?",
      owner: fakeMembers.asker,
    });
    fake.dispatch("THREAD_CREATE", thread);
    fake.rememberMessage(
      memberMessage(fake, {
        id: thread.id,
        author: fakeMembers.asker,
        channelId: thread.id,
        content: "The client cancelled the job I applied to. Do I get my Connects back?",
      }),
    );
    const answer = memberMessage(fake, {
      author: fakeMembers.bystander,
      channelId: thread.id,
      content: "Yes: when a client cancels a job post, the Connects you spent on it are refunded to you.",
    });
    const posted = fake.waitForRequest(
      (request) => request.method === "POST" && request.path === `/channels/${thread.id}/messages`,
    );
    // The asker saves someone else's answer: the question goes to that answer's author.
    const saved = callbackData(
      await harness.interact(
        messageContextMenuInteraction(fake, {
          member: fakeMembers.asker,
          channelId: thread.id,
          commandName: saveAsFaqCommandName,
          target: answer,
        }),
      ),
    );
    expect(saved.data.flags).toBe(64);
    const question = (await posted).body as PostedMessage;
    expect(question.content).toBe(`<@${fakeMembers.bystander.id}>`);
    expect(question.allowed_mentions?.users).toEqual([fakeMembers.bystander.id]);
    expect(question.allowed_mentions?.parse ?? []).toEqual([]);
    expect(question.embeds?.[0]?.description).toContain(WEB_CONSENT_QUESTION);
    const [suggestion] = await services.faq.suggestions.listQueue();
    if (!suggestion) throw new Error("Save as FAQ filed a suggestion");
    expect(suggestion.answerAuthorId).toBe(fakeMembers.bystander.id);
    const buttons = question.components?.flatMap((row) => row.components.map((button) => button.custom_id));
    expect(buttons).toEqual([
      `privacy:web-agree:${suggestion.id}`,
      `privacy:web-named:${suggestion.id}`,
      `privacy:web-decline:${suggestion.id}`,
    ]);

    const approved = await services.faq.suggestions.approve(suggestion.id, {}, moderatorActor, new Date());
    if (!approved.ok) throw new Error("the moderator approves it");
    const web = createWebApp(harness.bot, { now: () => new Date() });
    const pagePath = `/c/${services.communityId}/faq/${approved.value.entry.slug}`;
    expect((await web.request(pagePath)).status).toBe(404);

    const questionMessage = botMessagePayload({
      id: fake.nextId(),
      channelId: thread.id,
      guildId: fake.options.guild.id,
      botUser: fake.options.botUser,
      components: question.components,
    });
    const click = (member: typeof fakeMembers.asker, customId: string) =>
      harness.interact(
        buttonInteraction(fake, { member, channelId: thread.id, customId, message: questionMessage }),
      );

    const refused = callbackData(await click(fakeMembers.asker, `privacy:web-named:${suggestion.id}`));
    expect(refused.data.flags).toBe(64);
    expect(refused.data.embeds?.[0]?.description).toMatch(/Only the member who wrote the answer with `id`/);
    expect((await web.request(pagePath)).status).toBe(404);

    const agreed = callbackData(await click(fakeMembers.bystander, `privacy:web-named:${suggestion.id}`));
    expect(agreed.data.flags).toBe(64);
    const withdrawButton = agreed.data.components?.[0]?.components[0]?.custom_id;
    expect(withdrawButton).toBe(`privacy:web-withdraw:${suggestion.id}`);
    const shown = await web.request(pagePath);
    expect(shown.status).toBe(200);
    expect(await shown.text()).toContain(
      `Answer by <span dir="auto">${fakeMembers.bystander.username}</span>`,
    );

    const withdrawn = callbackData(await click(fakeMembers.bystander, String(withdrawButton)));
    expect(withdrawn.data.embeds?.[0]?.description).toMatch(/no longer shows your text/);
    expect((await web.request(pagePath)).status).toBe(404);
  });
});
