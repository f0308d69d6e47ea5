import { type ButtonInteraction, DiscordAPIError, RESTJSONErrorCodes, Routes } from "discord.js";
import { type ButtonTarget, findButtonTarget } from "../../command-kit/command-buttons.js";
import { parseOfferActionId } from "../../core/faq/render-middle-band.js";
import { message, problem, type Reply } from "../../core/reply.js";
import { answerInteraction } from "./answer-interaction.js";
import { actorFromInteraction } from "./discord-actor.js";
import type { DiscordHandlerDeps } from "./discord-handler-deps.js";
import { openFormModal } from "./open-form-modal.js";
import { runAndAnswer } from "./run-and-answer.js";
import { replyNow } from "./simple-replies.js";

/**
 * Button ids: `thread:<helpful|not-helpful|dismiss>:<replyId>`, `thread:offer:<replyId>:<position>`
 * (a middle-band offer), or one a command declares.
 */
export async function handleButton(interaction: ButtonInteraction, deps: DiscordHandlerDeps): Promise<void> {
  const [scope, verb = "", ...rest] = interaction.customId.split(":");
  const argument = rest.join(":");
  if (scope === "thread" && argument !== "") return handleThreadButton(interaction, verb, argument, deps);
  const target = findButtonTarget(deps.commands, interaction.customId);
  if (target) return handleCommandButton(interaction, target, deps);
  await replyNow(
    interaction,
    problem("not-found", "This button no longer does anything. Run the command again for fresh buttons.", {
      button: interaction.customId,
    }),
  );
}

/**
 * Every thread button writes (and Dismiss also deletes the answer through the API), so it is
 * answered like a command: at once when quick, deferred when the work outlasts deferAfterMs, so
 * that neither a rate-limit wait nor another process's database lock passes Discord's 3 s.
 */
function handleThreadButton(
  interaction: ButtonInteraction,
  verb: string,
  replyId: string,
  deps: DiscordHandlerDeps,
): Promise<void> {
  return answerInteraction(interaction, () => threadButtonReply(interaction, verb, replyId, deps), {
    slow: false,
    deferAfterMs: deps.deferAfterMs,
  });
}

async function threadButtonReply(
  interaction: ButtonInteraction,
  verb: string,
  replyId: string,
  deps: DiscordHandlerDeps,
): Promise<Reply> {
  const { threadReplies } = deps.services;
  if (verb === "offer") {
    // The entry is found from the offer's record in the clicker's community, never from the id.
    const offer = parseOfferActionId(interaction.customId);
    if (!offer) return problem("not-found", "This button no longer does anything.", { replyId });
    const actor = await actorFromInteraction(interaction, deps.services, deps.now());
    const reply = await threadReplies.openOffer(offer.replyId, offer.position, actor, deps.now());
    // Whoever clicked sees the answer; the thread does not.
    return { ...reply, visibility: "private" };
  }
  if (verb === "helpful" || verb === "not-helpful") {
    const actor = await actorFromInteraction(interaction, deps.services, deps.now());
    const outcome = await threadReplies.recordFeedback(replyId, actor, verb, deps.now());
    const body = {
      recorded: "Thanks, your feedback was recorded. It helps tune when the bot answers.",
      "already-recorded": "You already rated this answer; your first rating stands.",
      "not-found": "This answer is no longer tracked, so the rating was not kept.",
    }[outcome];
    return message({ body, visibility: "private", data: { replyId, verdict: verb, outcome } });
  }
  if (verb !== "dismiss") return problem("not-found", "This button no longer does anything.", { replyId });
  const actor = await actorFromInteraction(interaction, deps.services, deps.now());
  const outcome = await threadReplies.dismiss(replyId, actor, deps.now());
  if (outcome.kind === "not-allowed") {
    return problem("not-allowed", "Only the person who asked or a moderator can dismiss this answer.", {
      replyId,
    });
  }
  if (outcome.kind === "not-found")
    return problem("not-found", "This answer is no longer tracked.", { replyId });
  const postedMessageId = outcome.postedMessageId ?? interaction.message.id;
  await deps.client.rest
    .delete(Routes.channelMessage(interaction.message.channelId, postedMessageId))
    .catch((error: unknown) => {
      // Someone deleted it by hand already: the outcome the member wanted.
      if (!(error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownMessage))
        throw error;
    });
  return message({
    body: "Dismissed: the answer was removed from the thread.",
    visibility: "private",
    data: { replyId },
  });
}

/** A button a command declared: it runs the command, opening its form first when the button says so. */
async function handleCommandButton(
  interaction: ButtonInteraction,
  target: ButtonTarget,
  deps: DiscordHandlerDeps,
): Promise<void> {
  const actor = await actorFromInteraction(interaction, deps.services, deps.now());
  // "offered" forms are for platforms without a reply to follow up in; here the click runs at once.
  if (target.button.form === "required") {
    const opened = await openFormModal(interaction, target.command, target.path, target.input, actor, deps);
    if (opened) return;
  }
  await runAndAnswer(interaction, target.command, target.input, actor, target.path, deps);
}
