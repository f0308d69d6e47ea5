import type { ModalSubmitInteraction } from "discord.js";
import { optionFields } from "../../command-kit/option-fields.js";
import { resolveCommand } from "../../command-kit/resolve-command.js";
import { problem, type Reply } from "../../core/reply.js";
import { actorFromInteraction } from "./discord-actor.js";
import type { DiscordHandlerDeps } from "./discord-handler-deps.js";
import { parseFaqModalCustomId } from "./faq-modal.js";
import { coerceText } from "./interaction-input.js";
import { modalFieldNames } from "./modal-commands.js";
import { runAndAnswer } from "./run-and-answer.js";
import { replyNow, staleCommand } from "./simple-replies.js";
import { suggestionIdField } from "./suggestion-id-field.js";

/** A submitted curation modal runs the same subcommand the member started, with the typed text. */
export async function handleModalSubmit(
  interaction: ModalSubmitInteraction,
  deps: DiscordHandlerDeps,
): Promise<void> {
  const purpose = parseFaqModalCustomId(interaction.customId);
  if (!purpose) {
    await replyNow(
      interaction,
      problem("not-found", "This form is no longer in use. Please run the command again.", {
        form: interaction.customId,
      }),
    );
    return;
  }
  const path = purpose.kind === "approve" ? "faq approve" : `faq ${purpose.kind}`;
  const resolution = resolveCommand(deps.commands, path.split(" "));
  if (resolution.kind !== "found") {
    await replyNow(interaction, staleCommand(path));
    return;
  }
  const { command } = resolution;
  const fields = optionFields(command.options);
  const input: Record<string, unknown> = deps.pendingModalInputs.take(purpose.nonce, deps.now().getTime());
  for (const name of modalFieldNames) {
    const submitted = interaction.fields.fields.get(name);
    // A field the modal did not show (or the command does not have) is left as it is.
    if (!submitted || !("value" in submitted) || typeof submitted.value !== "string") continue;
    if (!fields.some((field) => field.name === name)) continue;
    const value = submitted.value.trim();
    if (value !== "") input[name] = value;
    // The edit modal opens with the current lists filled in, so a box emptied on purpose clears
    // the list ("-" in the text syntax); an empty question or answer is simply left unchanged.
    else if (purpose.kind === "edit" && (name === "aliases" || name === "tags")) input[name] = "-";
  }
  if (purpose.kind === "edit") input.slug = purpose.slug;
  if (purpose.kind === "approve") {
    const idField = suggestionIdField(command);
    if (idField) input[idField.name] = coerceText(idField, purpose.suggestionId);
  }
  const actor = await actorFromInteraction(interaction, deps.services.settings);
  await runAndAnswer(interaction, command, input, actor, resolution.path, deps, (reply) =>
    reply.kind === "problem" ? withTypedText(reply, input) : reply,
  );
}

/**
 * Discord cannot reopen a modal from a modal submit, so a refused submission hands the typed text
 * back (privately) for the moderator to copy into the next try.
 */
function withTypedText(reply: Reply, input: Record<string, unknown>): Reply {
  const typed = modalFieldNames.flatMap((name) => {
    const value = input[name];
    return typeof value === "string" && value !== "-" ? [{ name: `Your ${name}`, value }] : [];
  });
  return typed.length === 0 ? reply : { ...reply, fields: [...(reply.fields ?? []), ...typed] };
}
