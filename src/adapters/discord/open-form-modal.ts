import { randomBytes } from "node:crypto";
import type { ButtonInteraction, ChatInputCommandInteraction } from "discord.js";
import type { Command } from "../../command-kit/command.js";
import { formValues } from "../../command-kit/command-ui.js";
import { moderatorsOnly } from "../../command-kit/run-command.js";
import type { Actor } from "../../core/actor.js";
import { commandContext } from "../command-context.js";
import type { DiscordHandlerDeps } from "./discord-handler-deps.js";
import { discordSpaceChannels } from "./discord-space-channels.js";
import { buildFormModal } from "./form-modal.js";
import { replyNow } from "./simple-replies.js";

/**
 * Shows the command's form as a modal. Returns false when it cannot be shown and the command
 * should simply run (no form, no key to work on, nothing to prefill from, an id too long for
 * Discord): the command then explains itself, e.g. "there is no entry x, did you mean y?".
 */
export async function openFormModal(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  command: Command,
  path: string,
  input: Record<string, unknown>,
  actor: Actor,
  deps: DiscordHandlerDeps,
): Promise<boolean> {
  const form = command.form;
  if (!form) return false;
  if (command.permission === "moderator" && !actor.isModerator) {
    // Checked before the modal so that nobody types an answer only to be refused.
    await replyNow(interaction, moderatorsOnly(path));
    return true;
  }
  const keyValue = form.key === undefined ? "" : input[form.key];
  if (keyValue === undefined) return false;
  const ctx = commandContext(deps, actor, discordSpaceChannels(deps.client, actor.spaceId));
  const values = await formValues(form, input, ctx);
  if (!values) return false;
  const nonce = randomBytes(4).toString("hex");
  const modal = buildFormModal(form, { path, nonce, keyValue: String(keyValue) }, values);
  if (!modal) return false;
  const boxes = new Set([...form.fields.map((field) => field.option), ...(form.key ? [form.key] : [])]);
  const rest = Object.fromEntries(Object.entries(input).filter(([name]) => !boxes.has(name)));
  deps.pendingModalInputs.put(nonce, rest, deps.now().getTime());
  await interaction.showModal(modal);
  return true;
}
