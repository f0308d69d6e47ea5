import type { ChatInputCommandInteraction } from "discord.js";
import { opensForm } from "../../command-kit/command-ui.js";
import { resolveCommand } from "../../command-kit/resolve-command.js";
import { discordOptionFields } from "./command-json.js";
import { actorFromInteraction } from "./discord-actor.js";
import type { DiscordHandlerDeps } from "./discord-handler-deps.js";
import { commandInputFromOptions, commandWords, leafOptions } from "./interaction-input.js";
import { openFormModal } from "./open-form-modal.js";
import { runAndAnswer } from "./run-and-answer.js";
import { replyNow, staleCommand } from "./simple-replies.js";

/** A slash command: options → raw input → runCommand → embed; a command with a form may open it. */
export async function handleChatInput(
  interaction: ChatInputCommandInteraction,
  deps: DiscordHandlerDeps,
): Promise<void> {
  const words = commandWords(interaction);
  const resolution = resolveCommand(deps.commands, words);
  if (resolution.kind !== "found") {
    await replyNow(interaction, staleCommand(words.join(" ")));
    return;
  }
  const { command, path } = resolution;
  const input = commandInputFromOptions(leafOptions(interaction.options.data), discordOptionFields(command));
  const actor = await actorFromInteraction(interaction, deps.services, deps.now());
  if (command.form && opensForm(command.form, input)) {
    const opened = await openFormModal(interaction, command, path, input, actor, deps);
    if (opened) return;
  }
  await runAndAnswer(interaction, command, input, actor, path, deps);
}
