import type { ModalSubmitInteraction } from "discord.js";
import { optionFields } from "../../command-kit/option-fields.js";
import { problem } from "../../command-kit/reply.js";
import { resolveCommand } from "../../command-kit/resolve-command.js";
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
  const resolution = resolveCommand(deps.services.commands, path.split(" "));
  if (resolution.kind !== "found") {
    await replyNow(interaction, staleCommand(path));
    return;
  }
  const { command } = resolution;
  const fields = optionFields(command.options);
  const input: Record<string, unknown> = deps.pendingModalInputs.take(purpose.nonce, deps.now().getTime());
  for (const name of modalFieldNames) {
    const submitted = interaction.fields.fields.get(name);
    const value =
      submitted && "value" in submitted && typeof submitted.value === "string" ? submitted.value.trim() : "";
    if (!fields.some((field) => field.name === name)) continue;
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
  const actor = actorFromInteraction(interaction, deps.services.settings);
  await runAndAnswer(interaction, command, input, actor, resolution.path, deps);
}
