import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../../commands/index.js";
import { noteCommands } from "../../support/note-commands.js";
import {
  callbackData,
  type DiscordHarness,
  finalAnswer,
  modalFields,
  startDiscordHarness,
} from "./discord-harness.js";
import { botMessagePayload } from "./fake-discord/bot-message.js";
import { buttonInteraction, fakeMembers, modalSubmitInteraction } from "./fake-discord/fake-events.js";

/** A command the Discord adapter has never heard of gets its modal and buttons from its declaration. */
describe("a new command with a form, on Discord", () => {
  let harness: DiscordHarness;
  beforeAll(async () => {
    harness = await startDiscordHarness({ commands: [...commands, noteCommands] });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it("opens the form when the required text is missing and runs the command with what was typed", async () => {
    const { fake } = harness;
    const opened = await harness.slash({
      member: fakeMembers.moderator,
      command: "note",
      subcommand: "write",
      options: [{ name: "topic", type: 3, value: "fees" }],
    });
    expect(opened.type).toBe(9);
    expect(opened.data.custom_id).toMatch(/^note-modal:write:[0-9a-f]{8}:$/);
    expect(Object.keys(modalFields(opened.data))).toEqual(["text"]);
    const answer = await finalAnswer(
      harness,
      modalSubmitInteraction(fake, {
        member: fakeMembers.moderator,
        customId: String(opened.data.custom_id),
        values: { text: "Re-check the fee page every month" },
      }),
    );
    expect(answer.data.embeds?.[0]?.description).toBe("Saved: Re-check the fee page every month");
  });

  it("refuses a member before the form opens", async () => {
    const refused = await harness.slash({
      member: fakeMembers.asker,
      command: "note",
      subcommand: "write",
      options: [],
    });
    expect(refused.type).toBe(4);
    expect(refused.data.embeds?.[0]?.description).toMatch(/Only moderators can use `\/note write`/);
  });

  it("a declared button opens the prefilled form, and a button without a form runs the command", async () => {
    const { fake } = harness;
    // The buttons sit on an ephemeral reply (flags 64) to a slash command (type 20).
    const message = botMessagePayload({
      id: fake.nextId(),
      channelId: fake.options.guild.textChannelId,
      guildId: fake.options.guild.id,
      botUser: fake.options.botUser,
      type: 20,
      flags: 64,
    });
    const opened = callbackData(
      await harness.interact(
        buttonInteraction(fake, { member: fakeMembers.moderator, customId: "note:revise:7", message }),
      ),
    );
    expect(opened.type).toBe(9);
    expect(opened.data.custom_id).toMatch(/^note-modal:revise:[0-9a-f]{8}:7$/);
    expect(modalFields(opened.data)).toEqual({ text: "the text of note 7" });
    const revised = await finalAnswer(
      harness,
      modalSubmitInteraction(fake, {
        member: fakeMembers.moderator,
        customId: String(opened.data.custom_id),
        values: { text: "shorter" },
      }),
    );
    expect(revised.data.embeds?.[0]?.description).toBe("Note 7: shorter");
    const touched = await finalAnswer(
      harness,
      buttonInteraction(fake, { member: fakeMembers.moderator, customId: "note:touch:4", message }),
    );
    expect(touched.data.embeds?.[0]?.description).toBe("Note 4: (unchanged)");
  });
});
