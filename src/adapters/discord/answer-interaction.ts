import { MessageFlags, type RepliableInteraction } from "discord.js";
import type { Reply } from "../../core/reply.js";
import { asChannelMessage, renderReply } from "./render-reply.js";

export interface AnswerTiming {
  /** The command said it may take longer than about 2 s: defer before running it. */
  slow: boolean;
  /** When a quick command is still running after this long, defer anyway. */
  deferAfterMs: number;
}

/**
 * Runs `produce` and answers the interaction with its Reply, never missing Discord's 3-second
 * window: a slow command (or one that turns out slow) is deferred first and the reply edited in.
 */
export async function answerInteraction(
  interaction: RepliableInteraction,
  produce: () => Promise<Reply>,
  timing: AnswerTiming,
): Promise<void> {
  const running = produce();
  if (!timing.slow) {
    const quick = await Promise.race([running.then((reply) => ({ reply })), delay(timing.deferAfterMs)]);
    if (quick) {
      await interaction.reply(renderFor(interaction, quick.reply));
      return;
    }
  }
  // The visibility is only known once the command returns; deferring privately never shows
  // anything to the channel that might turn out to be private.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const reply = await running;
  await sendDeferred(interaction, reply);
}

async function sendDeferred(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  const payload = renderFor(interaction, reply);
  if (reply.visibility === "private") {
    await interaction.editReply(asChannelMessage(payload));
    return;
  }
  // A public answer cannot be made of a private placeholder: remove it and post the answer.
  await interaction.deleteReply();
  await interaction.followUp(payload);
}

function renderFor(interaction: RepliableInteraction, reply: Reply) {
  return renderReply(reply, { mentionUserIds: [interaction.user.id] });
}

function delay(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref());
}
