import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../../commands/index.js";
import { renderReply } from "../../../src/adapters/discord/render-reply.js";
import { runCommand } from "../../../src/command-kit/run-command.js";
import type { Actor } from "../../../src/core/actor.js";
import type { Services } from "../../../src/ports/services.js";
import { listedChannels } from "../../support/listed-channels.js";
import { openTestBot } from "../../support/test-bot.js";
import { type DiscordHarness, finalAnswer, startDiscordHarness } from "./discord-harness.js";
import { exampleInvocations } from "./example-invocations.js";
import { chatInputInteraction, fakeMembers } from "./fake-discord/fake-events.js";
import { fakeGuild } from "./fake-discord/fake-guild.js";

/**
 * Every command, through every example it declares, as an INTERACTION_CREATE with typed options.
 * The answer Discord receives must be exactly the command's own Reply rendered: the same reply a
 * second, independent copy of the services gives for the same input.
 */
describe("every command over Discord", () => {
  let harness: DiscordHarness;
  let reference: { close: () => void; services: Services };
  const guild = fakeGuild();
  const moderatorActor: Actor = {
    platform: "discord",
    spaceId: guild.id,
    communityId: `discord-${guild.id}`,
    userId: fakeMembers.moderator.id,
    displayName: fakeMembers.moderator.username,
    isModerator: true,
    channelId: guild.textChannelId,
  };

  beforeAll(async () => {
    harness = await startDiscordHarness();
    const { bot, close } = openTestBot();
    await bot.communities.communityOf({ platform: "discord", spaceId: guild.id }, new Date());
    reference = { close, services: bot.forCommunity(moderatorActor.communityId) };
  });
  afterAll(async () => {
    await harness?.close();
    reference?.close();
  });

  const invocations = exampleInvocations(commands);

  it("covers every command path", () => {
    const covered = new Set(invocations.map((invocation) => invocation.path));
    const all = commands.flatMap((entry) =>
      "subcommands" in entry ? entry.subcommands.map((sub) => `${entry.name} ${sub.name}`) : [entry.name],
    );
    expect([...covered].sort()).toEqual([...all].sort());
  });

  it.each(invocations.map((invocation) => [invocation.example, invocation] as const))(
    "/%s",
    async (_example, invocation) => {
      const payload = chatInputInteraction(harness.fake, {
        member: fakeMembers.moderator,
        command: invocation.commandName,
        ...(invocation.subcommand ? { subcommand: invocation.subcommand } : {}),
        options: invocation.discordOptions,
      });
      const answer = await finalAnswer(harness, payload);
      const expected = await runCommand(
        invocation.command,
        invocation.input,
        {
          actor: moderatorActor,
          services: reference.services,
          commands,
          now: new Date(),
          // The fake server's channels: an example naming any other is refused the same way.
          channels: listedChannels(guild.textChannelId, guild.moderatorsChannelId),
        },
        invocation.path,
      );
      const rendered = JSON.parse(
        JSON.stringify(renderReply(expected, { mentionUserIds: [moderatorActor.userId] })),
      );
      // A link code is random and carries its expiry time: the same reply, with another code.
      const sameCode = (embeds: unknown) =>
        JSON.parse(
          JSON.stringify(embeds ?? null)
            .replace(/[A-Z0-9]{5}-[A-Z0-9]{5}/g, "CODE")
            .replace(/until \d\d:\d\d UTC/g, "until HH:MM UTC"),
        );
      expect(sameCode(answer.data.embeds)).toEqual(sameCode(rendered.embeds));
      expect(answer.data.components ?? []).toEqual(rendered.components);
      expect(answer.ephemeral).toBe(expected.visibility === "private");
      // Nobody but the asker can be pinged by a command's answer.
      expect(answer.data.allowed_mentions).toEqual({
        parse: [],
        users: [fakeMembers.moderator.id],
        replied_user: false,
      });
    },
  );
});
