import type { RepliableInteraction } from "discord.js";
import { problem, type Reply } from "../../core/reply.js";
import { renderReply } from "./render-reply.js";

/** Answers at once with a reply the adapter composed (acknowledgements, refusals). */
export async function replyNow(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  await interaction.reply(renderReply(reply, { mentionUserIds: [interaction.user.id] }));
}

export function staleCommand(path: string): Reply {
  return problem(
    "unknown-command",
    `\`/${path}\` is not a command this bot knows any more. A server admin can refresh the list with \`npm run discord:register\`.`,
    { command: path },
  );
}
