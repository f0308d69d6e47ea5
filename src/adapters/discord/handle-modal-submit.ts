import type { ModalSubmitInteraction } from "discord.js";
import type { CommandForm } from "../../command-kit/command-ui.js";
import { submittedValue } from "../../command-kit/command-ui.js";
import { optionFields } from "../../command-kit/option-fields.js";
import { resolveCommand } from "../../command-kit/resolve-command.js";
import { problem, type Reply } from "../../core/reply.js";
import { actorFromInteraction } from "./discord-actor.js";
import type { DiscordHandlerDeps } from "./discord-handler-deps.js";
import { parseFormModalCustomId } from "./form-modal.js";
import { coerceText } from "./interaction-input.js";
import { runAndAnswer } from "./run-and-answer.js";
import { replyNow, staleCommand } from "./simple-replies.js";

/** A submitted form runs the same command the member started, with the typed text. */
export async function handleModalSubmit(
  interaction: ModalSubmitInteraction,
  deps: DiscordHandlerDeps,
): Promise<void> {
  const target = parseFormModalCustomId(interaction.customId);
  const resolution = target ? resolveCommand(deps.commands, target.path.split(" ")) : null;
  if (!target || !resolution) {
    await replyNow(
      interaction,
      problem("not-found", "This form is no longer in use. Please run the command again.", {
        form: interaction.customId,
      }),
    );
    return;
  }
  const form = resolution.kind === "found" ? resolution.command.form : undefined;
  if (resolution.kind !== "found" || !form) {
    await replyNow(interaction, staleCommand(target.path));
    return;
  }
  const { command } = resolution;
  const fields = optionFields(command.options);
  const input: Record<string, unknown> = deps.pendingModalInputs.take(target.nonce, deps.now().getTime());
  for (const { option } of form.fields) {
    const submitted = interaction.fields.fields.get(option);
    // A box the modal did not show (or the command does not have) leaves that option as it is.
    if (!submitted || !("value" in submitted) || typeof submitted.value !== "string") continue;
    if (!fields.some((field) => field.name === option)) continue;
    const value = submittedValue(form, option, submitted.value);
    if (value !== undefined) input[option] = value;
  }
  if (form.key !== undefined) {
    input[form.key] = coerceText(
      fields.find((field) => field.name === form.key),
      target.keyValue,
    );
  }
  const actor = await actorFromInteraction(interaction, deps.services, deps.now());
  await runAndAnswer(interaction, command, input, actor, resolution.path, deps, (reply) =>
    reply.kind === "problem" ? withTypedText(reply, form, input) : reply,
  );
}

/**
 * Discord cannot reopen a modal from a modal submit, so a refused submission hands the typed text
 * back (privately) for the moderator to copy into the next try.
 */
function withTypedText(reply: Reply, form: CommandForm, input: Record<string, unknown>): Reply {
  const typed = form.fields.flatMap(({ option }) => {
    const value = input[option];
    return typeof value === "string" && value !== "-" ? [{ name: `Your ${option}`, value }] : [];
  });
  return typed.length === 0 ? reply : { ...reply, fields: [...(reply.fields ?? []), ...typed] };
}
