import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveAsFaqCommandName } from "../../../src/adapters/discord/command-json.js";
import {
  callbackData,
  type DiscordHarness,
  finalAnswer,
  modalFields,
  startDiscordHarness,
} from "./discord-harness.js";
import { botMessagePayload } from "./fake-discord/bot-message.js";
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  fakeMembers,
  memberMessage,
  messageContextMenuInteraction,
  modalSubmitInteraction,
  newForumThread,
} from "./fake-discord/fake-events.js";

/** Curation on Discord: modals for add and edit, Save as FAQ, the queue's buttons, autocomplete. */
describe("FAQ curation over Discord", () => {
  let harness: DiscordHarness;

  beforeAll(async () => {
    harness = await startDiscordHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it("/faq add without the text opens a modal; submitting it adds the entry with the options typed before", async () => {
    const { fake, services } = harness;
    const opened = await harness.slash({
      member: fakeMembers.moderator,
      command: "faq",
      subcommand: "add",
      options: [{ name: "slug", type: 3, value: "payment-schedule" }],
    });
    expect(opened.type).toBe(9);
    expect(opened.data.custom_id).toMatch(/^faq-modal:add:[0-9a-f]{8}:$/);
    expect(Object.keys(modalFields(opened.data))).toEqual(["question", "answer", "aliases", "tags"]);

    const submitted = await finalAnswer(
      harness,
      modalSubmitInteraction(fake, {
        member: fakeMembers.moderator,
        customId: String(opened.data.custom_id),
        values: {
          question: "When are fixed-price payments released?",
          answer: "Funds are released **5 days** after the client approves a milestone.",
          aliases: "milestone payment delay, when do i get paid",
          tags: "",
        },
      }),
    );
    expect(submitted.ephemeral).toBe(true);
    expect(submitted.data.embeds?.[0]?.description).toMatch(/Added `payment-schedule`/);
    expect(await services.faq.entries.getBySlug("payment-schedule")).toMatchObject({
      question: "When are fixed-price payments released?",
      aliases: ["milestone payment delay", "when do i get paid"],
      version: 1,
    });
  });

  it("/faq edit opens the modal filled with the entry; an emptied list box clears the list", async () => {
    const { fake, services } = harness;
    const opened = await harness.slash({
      member: fakeMembers.moderator,
      command: "faq",
      subcommand: "edit",
      options: [
        { name: "slug", type: 3, value: "payment-schedule" },
        { name: "reason", type: 3, value: "clearer wording" },
      ],
    });
    expect(opened.type).toBe(9);
    expect(modalFields(opened.data)).toEqual({
      question: "When are fixed-price payments released?",
      answer: "Funds are released **5 days** after the client approves a milestone.",
      aliases: "milestone payment delay, when do i get paid",
      tags: "",
    });
    await finalAnswer(
      harness,
      modalSubmitInteraction(fake, {
        member: fakeMembers.moderator,
        customId: String(opened.data.custom_id),
        values: {
          question: "When are fixed-price payments released?",
          answer: "Funds are released 5 days after the client approves a milestone (the security period).",
          aliases: "",
          tags: "payments",
        },
      }),
    );
    const entry = await services.faq.entries.getBySlug("payment-schedule");
    expect(entry).toMatchObject({ version: 2, aliases: [], tags: ["payments"] });
    expect(entry?.answer).toMatch(/security period/);
    expect((await services.faq.history.history("payment-schedule"))?.revisions[0]?.reason).toBe(
      "clearer wording",
    );
  });

  it("hands typed text back when a submitted modal is refused, since Discord cannot reopen it", async () => {
    const { fake } = harness;
    const opened = await harness.slash({
      member: fakeMembers.moderator,
      command: "faq",
      subcommand: "add",
      options: [{ name: "slug", type: 3, value: "too-long" }],
    });
    const longQuestion = `Why ${"really ".repeat(60)}?`;
    const refused = await finalAnswer(
      harness,
      modalSubmitInteraction(fake, {
        member: fakeMembers.moderator,
        customId: String(opened.data.custom_id),
        values: { question: longQuestion, answer: "Because.", aliases: "", tags: "" },
      }),
    );
    expect(refused.ephemeral).toBe(true);
    expect(refused.data.embeds?.[0]?.description).toMatch(/question/);
    expect(refused.data.embeds?.[0]?.fields).toEqual([
      { name: "Your question", value: longQuestion.trim() },
      { name: "Your answer", value: "Because." },
    ]);
    expect(await harness.services.faq.entries.getBySlug("too-long")).toBeNull();
  });

  it("refuses a member without Manage Messages or a moderator role before any modal opens", async () => {
    const refused = await harness.slash({
      member: fakeMembers.asker,
      command: "faq",
      subcommand: "add",
      options: [{ name: "slug", type: 3, value: "x-y" }],
    });
    expect(refused.type).toBe(4);
    expect(refused.data.flags).toBe(64);
    expect(refused.data.embeds?.[0]?.description).toMatch(/Only moderators/);

    const archive = await harness.slash({
      member: fakeMembers.asker,
      command: "faq",
      subcommand: "archive",
      options: [{ name: "slug", type: 3, value: "payment-schedule" }],
    });
    expect(archive.data.flags).toBe(64);
    expect(archive.data.embeds?.[0]?.description).toMatch(/Only moderators/);
    expect((await harness.services.faq.entries.getBySlug("payment-schedule"))?.status).toBe("published");
  });

  it("Save as FAQ files a thread answer as a suggestion, with the opening post as the question", async () => {
    const { fake, services } = harness;
    const thread = newForumThread(fake, {
      title: "Connects after a cancelled job?",
      owner: fakeMembers.asker,
    });
    fake.dispatch("THREAD_CREATE", thread);
    const opening = memberMessage(fake, {
      id: thread.id,
      author: fakeMembers.asker,
      channelId: thread.id,
      content: "The client cancelled the job I applied to. Do I get my Connects back?",
    });
    fake.rememberMessage(opening);
    const answer = memberMessage(fake, {
      author: fakeMembers.bystander,
      channelId: thread.id,
      content: "Yes: when a client cancels a job post, the Connects you spent on it are refunded.",
    });
    const saved = callbackData(
      await harness.interact(
        messageContextMenuInteraction(fake, {
          member: fakeMembers.bystander,
          channelId: thread.id,
          commandName: saveAsFaqCommandName,
          target: answer,
        }),
      ),
    );
    expect(saved.data.flags).toBe(64);
    expect(saved.data.embeds?.[0]?.description).toMatch(/Saved as suggestion \*\*#\d+\*\*/);
    const [suggestion] = await services.faq.suggestions.listQueue();
    expect(suggestion).toMatchObject({
      answer: "Yes: when a client cancels a job post, the Connects you spent on it are refunded.",
      threadId: thread.id,
      suggestedBy: fakeMembers.bystander.id,
    });
    expect(suggestion?.question).toContain("Connects after a cancelled job?");
    expect(suggestion?.question).toContain("Do I get my Connects back?");
    expect(suggestion?.messageLink).toContain(answer.id);

    const outside = callbackData(
      await harness.interact(
        messageContextMenuInteraction(fake, {
          member: fakeMembers.bystander,
          commandName: saveAsFaqCommandName,
          target: memberMessage(fake, {
            author: fakeMembers.asker,
            channelId: fake.options.guild.textChannelId,
            content: "hello",
          }),
        }),
      ),
    );
    expect(outside.data.flags).toBe(64);
    expect(outside.data.embeds?.[0]?.description).toMatch(/inside a thread/);
  });

  it("the queue's Edit opens the suggestion in a modal and approving publishes the edited text", async () => {
    const { fake, services } = harness;
    const [suggestion] = await services.faq.suggestions.listQueue();
    if (!suggestion) throw new Error("the previous test files a suggestion");
    const queue = await finalAnswer(
      harness,
      chatInputInteraction(fake, { member: fakeMembers.moderator, command: "faq", subcommand: "queue" }),
    );
    const buttons =
      queue.data.components?.flatMap((row) => row.components.map((button) => button.custom_id)) ?? [];
    expect(buttons).toEqual([
      `faq:approve:${suggestion.id}`,
      `faq:edit:${suggestion.id}`,
      `faq:reject:${suggestion.id}`,
    ]);

    const refused = callbackData(
      await harness.interact(
        buttonInteraction(fake, {
          member: fakeMembers.asker,
          customId: `faq:edit:${suggestion.id}`,
          message: queueMessage(fake),
        }),
      ),
    );
    expect(refused.type).toBe(4);
    expect(refused.data.embeds?.[0]?.description).toMatch(/Only moderators/);

    const opened = callbackData(
      await harness.interact(
        buttonInteraction(fake, {
          member: fakeMembers.moderator,
          customId: `faq:edit:${suggestion.id}`,
          message: queueMessage(fake),
        }),
      ),
    );
    expect(opened.type).toBe(9);
    expect(modalFields(opened.data)).toMatchObject({
      question: suggestion.question,
      answer: suggestion.answer,
    });
    const approved = await finalAnswer(
      harness,
      modalSubmitInteraction(fake, {
        member: fakeMembers.moderator,
        customId: String(opened.data.custom_id),
        values: {
          question: "Do I get my Connects back when a client cancels the job?",
          answer: suggestion.answer,
          aliases: "connects refund cancelled job",
          tags: "connects",
        },
      }),
    );
    expect(approved.data.embeds?.[0]?.description).toMatch(
      new RegExp(`Suggestion #${suggestion.id} is now the FAQ entry`),
    );
    expect((await services.faq.suggestions.getSuggestion(suggestion.id))?.status).toBe("approved");
    const slug = (await services.faq.suggestions.getSuggestion(suggestion.id))?.createdEntrySlug ?? "";
    expect(await services.faq.entries.getBySlug(slug)).toMatchObject({
      tags: ["connects"],
      aliases: ["connects refund cancelled job"],
    });
  });

  it("Reject works for a member holding the configured moderator role, checked server-side", async () => {
    const { fake, services } = harness;
    const filed = await services.faq.suggestions.suggest(
      { question: "Is there a fee to withdraw?", answer: "It depends on the method." },
      { platform: "discord", spaceId: fake.options.guild.id, userId: fakeMembers.asker.id },
      new Date(),
    );
    if (!filed.ok) throw new Error("suggestion not filed");
    const id = filed.value.suggestion.id;
    const click = () =>
      buttonInteraction(fake, {
        member: fakeMembers.roleHolder,
        customId: `faq:reject:${id}`,
        message: queueMessage(fake),
      });

    const before = callbackData(await harness.interact(click()));
    expect(before.data.embeds?.[0]?.description).toMatch(/Only moderators/);
    expect((await services.faq.suggestions.getSuggestion(id))?.status).toBe("pending");

    await services.settings.update(
      { moderatorRoleIds: [fake.options.guild.moderatorRoleId] },
      { platform: "discord", spaceId: fake.options.guild.id, userId: fakeMembers.moderator.id },
    );
    const after = callbackData(await harness.interact(click()));
    expect(after.data.embeds?.[0]?.title).toBe("Suggestion rejected");
    expect((await services.faq.suggestions.getSuggestion(id))?.status).toBe("rejected");
  });

  it("autocompletes FAQ slugs, best match first, at most 25", async () => {
    const { fake } = harness;
    const complete = async (typed: string) =>
      callbackData(
        await harness.interact(
          autocompleteInteraction(fake, {
            member: fakeMembers.asker,
            command: "faq",
            subcommand: "show",
            options: [{ name: "slug", type: 3, value: typed, focused: true }],
          }),
        ),
      );
    const top = await complete("top-rated");
    expect(top.type).toBe(8);
    const values = top.data.choices?.map((choice) => choice.value) ?? [];
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((value) => value.includes("top-rated"))).toBe(true);
    // Prefix matches first, then slugs that contain the text further in.
    expect(values[0]?.startsWith("top-rated")).toBe(true);
    const firstInner = values.findIndex((value) => !value.startsWith("top-rated"));
    if (firstInner >= 0)
      expect(values.slice(firstInner).some((value) => value.startsWith("top-rated"))).toBe(false);
    const all = await complete("");
    expect(all.data.choices).toHaveLength(25);
    expect((await complete("zzzz")).data.choices).toEqual([]);
  });
});

function queueMessage(fake: DiscordHarness["fake"]): Record<string, unknown> {
  // The moderators' queue is an ephemeral reply (flags 64) to a slash command (type 20).
  return botMessagePayload({
    id: fake.nextId(),
    channelId: fake.options.guild.textChannelId,
    guildId: fake.options.guild.id,
    botUser: fake.options.botUser,
    type: 20,
    flags: 64,
  });
}
