import { randomBytes } from "node:crypto";
import { type ButtonInteraction, DiscordAPIError, RESTJSONErrorCodes, Routes } from "discord.js";
import { resolveCommand } from "../../command-kit/resolve-command.js";
import { message, problem } from "../../core/reply.js";
import { actorFromInteraction } from "./discord-actor.js";
import type { DiscordHandlerDeps } from "./discord-handler-deps.js";
import { buildFaqModal } from "./faq-modal.js";
import { coerceText } from "./interaction-input.js";
import { modalFieldsOf } from "./modal-commands.js";
import { runAndAnswer } from "./run-and-answer.js";
import { moderatorsOnly, replyNow, staleCommand } from "./simple-replies.js";
import { suggestionIdField } from "./suggestion-id-field.js";

/** Button ids: `thread:<helpful|not-helpful|dismiss>:<replyId>` and `faq:<approve|edit|reject>:<id>`. */
export async function handleButton(interaction: ButtonInteraction, deps: DiscordHandlerDeps): Promise<void> {
  const [scope, verb = "", ...rest] = interaction.customId.split(":");
  const argument = rest.join(":");
  if (scope === "thread" && argument !== "") return handleThreadButton(interaction, verb, argument, deps);
  if (scope === "faq" && argument !== "") return handleQueueButton(interaction, verb, argument, deps);
  await replyNow(
    interaction,
    problem("not-found", "This button no longer does anything. Run the command again for fresh buttons.", {
      button: interaction.customId,
    }),
  );
}

async function handleThreadButton(
  interaction: ButtonInteraction,
  verb: string,
  replyId: string,
  deps: DiscordHandlerDeps,
): Promise<void> {
  const { threadReplies } = deps.services;
  if (verb === "helpful" || verb === "not-helpful") {
    const outcome = await threadReplies.recordFeedback(replyId, interaction.user.id, verb, deps.now());
    const body = {
      recorded: "Thanks, your feedback was recorded. It helps tune when the bot answers.",
      "already-recorded": "You already rated this answer; your first rating stands.",
      "not-found": "This answer is no longer tracked, so the rating was not kept.",
    }[outcome];
    await replyNow(
      interaction,
      message({ body, visibility: "private", data: { replyId, verdict: verb, outcome } }),
    );
    return;
  }
  if (verb === "dismiss") {
    const actor = await actorFromInteraction(interaction, deps.services.settings);
    const outcome = await threadReplies.dismiss(replyId, actor, deps.now());
    if (outcome.kind === "not-allowed") {
      await replyNow(
        interaction,
        problem("not-allowed", "Only the person who asked or a moderator can dismiss this answer.", {
          replyId,
        }),
      );
      return;
    }
    if (outcome.kind === "not-found") {
      await replyNow(interaction, problem("not-found", "This answer is no longer tracked.", { replyId }));
      return;
    }
    const postedMessageId = outcome.postedMessageId ?? interaction.message.id;
    await deps.client.rest
      .delete(Routes.channelMessage(interaction.message.channelId, postedMessageId))
      .catch((error: unknown) => {
        // Someone deleted it by hand already: the outcome the member wanted.
        if (!(error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownMessage))
          throw error;
      });
    await replyNow(
      interaction,
      message({
        body: "Dismissed: the answer was removed from the thread.",
        visibility: "private",
        data: { replyId },
      }),
    );
    return;
  }
  await replyNow(interaction, problem("not-found", "This button no longer does anything.", { replyId }));
}

/** The moderators' queue: Approve and Reject run the subcommands; Edit opens the text first. */
async function handleQueueButton(
  interaction: ButtonInteraction,
  verb: string,
  suggestionId: string,
  deps: DiscordHandlerDeps,
): Promise<void> {
  const path = verb === "edit" ? "faq approve" : `faq ${verb}`;
  const resolution = resolveCommand(deps.commands, path.split(" "));
  if (resolution.kind !== "found") {
    await replyNow(interaction, staleCommand(path));
    return;
  }
  const { command } = resolution;
  const actor = await actorFromInteraction(interaction, deps.services.settings);
  const idField = suggestionIdField(command);
  if (verb === "edit") {
    if (!actor.isModerator) {
      await replyNow(interaction, moderatorsOnly(path));
      return;
    }
    const suggestion = await deps.services.faq.suggestions.getSuggestion(Number(suggestionId));
    if (!suggestion) {
      await replyNow(
        interaction,
        problem("not-found", `There is no suggestion #${suggestionId}.`, { suggestionId }),
      );
      return;
    }
    const nonce = randomBytes(4).toString("hex");
    const modal = buildFaqModal({ kind: "approve", nonce, suggestionId }, modalFieldsOf(command), {
      question: suggestion.question,
      answer: suggestion.answer,
    });
    if (modal) {
      await interaction.showModal(modal);
      return;
    }
  }
  const input = idField ? { [idField.name]: coerceText(idField, suggestionId) } : {};
  await runAndAnswer(interaction, command, input, actor, resolution.path, deps);
}
