import type { RepliableInteraction } from "discord.js";
import type { Command } from "../../command-kit/command.js";
import { runCommand } from "../../command-kit/run-command.js";
import type { Actor } from "../../core/actor.js";
import type { Reply } from "../../core/reply.js";
import { commandContext } from "../command-context.js";
import { answerInteraction } from "./answer-interaction.js";
import type { DiscordHandlerDeps } from "./discord-handler-deps.js";
import { discordSpaceChannels } from "./discord-space-channels.js";

/**
 * Runs a command through the one command path and answers the interaction with its Reply
 * (`adjust` may add to it, e.g. hand back text typed into a modal).
 */
export function runAndAnswer(
  interaction: RepliableInteraction,
  command: Command,
  input: Record<string, unknown>,
  actor: Actor,
  path: string,
  deps: DiscordHandlerDeps,
  adjust: (reply: Reply) => Reply = (reply) => reply,
): Promise<void> {
  return answerInteraction(
    interaction,
    async () =>
      adjust(
        await runCommand(
          command,
          input,
          commandContext(deps, actor, discordSpaceChannels(deps.client, actor.spaceId)),
          path,
        ),
      ),
    { slow: command.slow ?? false, deferAfterMs: deps.deferAfterMs },
  );
}
