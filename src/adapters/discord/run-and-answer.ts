import type { RepliableInteraction } from "discord.js";
import type { Actor } from "../../command-kit/actor.js";
import type { Command } from "../../command-kit/command.js";
import { runCommand } from "../../command-kit/run-command.js";
import { answerInteraction } from "./answer-interaction.js";
import type { DiscordHandlerDeps } from "./discord-handler-deps.js";

/** Runs a command through the one command path and answers the interaction with its Reply. */
export function runAndAnswer(
  interaction: RepliableInteraction,
  command: Command,
  input: Record<string, unknown>,
  actor: Actor,
  path: string,
  deps: DiscordHandlerDeps,
): Promise<void> {
  return answerInteraction(
    interaction,
    () => runCommand(command, input, { actor, services: deps.services, now: deps.now() }, path),
    { slow: command.slow ?? false, deferAfterMs: deps.deferAfterMs },
  );
}
