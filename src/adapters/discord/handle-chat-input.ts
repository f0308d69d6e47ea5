import { randomBytes } from "node:crypto";
import type { ChatInputCommandInteraction } from "discord.js";
import type { Command } from "../../command-kit/command.js";
import { resolveCommand } from "../../command-kit/resolve-command.js";
import type { Actor } from "../../core/actor.js";
import { discordOptionFields } from "./command-json.js";
import { actorFromInteraction } from "./discord-actor.js";
import type { DiscordHandlerDeps } from "./discord-handler-deps.js";
import { buildFaqModal, type FaqModalPurpose } from "./faq-modal.js";
import { commandInputFromOptions, leafOptions } from "./interaction-input.js";
import {
  isModalCommandPath,
  type ModalCommandPath,
  type ModalFieldName,
  modalFieldsOf,
  needsModal,
} from "./modal-commands.js";
import { runAndAnswer } from "./run-and-answer.js";
import { moderatorsOnly, replyNow, staleCommand } from "./simple-replies.js";

/** A slash command: options → raw input → runCommand → embed; `/faq add|edit` may open a modal. */
export async function handleChatInput(
  interaction: ChatInputCommandInteraction,
  deps: DiscordHandlerDeps,
): Promise<void> {
  const words = [interaction.commandName, interaction.options.getSubcommand(false)].filter(
    (word): word is string => typeof word === "string",
  );
  const resolution = resolveCommand(deps.commands, words);
  if (resolution.kind !== "found") {
    await replyNow(interaction, staleCommand(words.join(" ")));
    return;
  }
  const { command, path } = resolution;
  const input = commandInputFromOptions(
    leafOptions(interaction.options.data),
    discordOptionFields(command, path),
  );
  const actor = await actorFromInteraction(interaction, deps.services.settings);
  if (isModalCommandPath(path) && needsModal(path, command, input)) {
    const opened = await openCurationModal(interaction, path, command, input, actor, deps);
    if (opened) return;
  }
  await runAndAnswer(interaction, command, input, actor, path, deps);
}

/** Shows the modal; false when it cannot be shown and the command should simply run. */
async function openCurationModal(
  interaction: ChatInputCommandInteraction,
  path: ModalCommandPath,
  command: Command,
  input: Record<string, unknown>,
  actor: Actor,
  deps: DiscordHandlerDeps,
): Promise<boolean> {
  if (command.permission === "moderator" && !actor.isModerator) {
    // Checked before the modal so that nobody types an answer only to be refused.
    await replyNow(interaction, moderatorsOnly(path));
    return true;
  }
  const fields = modalFieldsOf(command);
  const values: Partial<Record<ModalFieldName, string>> = {};
  for (const name of fields) if (typeof input[name] === "string") values[name] = input[name];
  const nonce = randomBytes(4).toString("hex");
  let purpose: FaqModalPurpose = { kind: "add", nonce };
  if (path === "faq edit") {
    const slug = typeof input.slug === "string" ? input.slug : "";
    const entry = slug ? await deps.services.faq.entries.getBySlug(slug) : null;
    // An unknown slug is the command's to explain (with a did-you-mean), not the modal's.
    if (!entry) return false;
    purpose = { kind: "edit", nonce, slug };
    values.question ??= entry.question;
    values.answer ??= entry.answer;
    values.aliases ??= entry.aliases.join(", ");
    values.tags ??= entry.tags.join(", ");
  }
  const modal = buildFaqModal(purpose, fields, values);
  if (!modal) return false;
  const rest = Object.fromEntries(
    Object.entries(input).filter(([name]) => !(fields as string[]).includes(name)),
  );
  deps.pendingModalInputs.put(nonce, rest, deps.now().getTime());
  await interaction.showModal(modal);
  return true;
}
