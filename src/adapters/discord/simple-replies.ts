import type { RepliableInteraction } from "discord.js";
import { problem, type Reply } from "../../core/reply.js";
import { renderReply } from "./render-reply.js";

/** Answers at once with a reply the adapter composed (acknowledgements, refusals). */
export async function replyNow(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  await interaction.reply(renderReply(reply, { mentionUserIds: [interaction.user.id] }));
}

/** The same refusal runCommand gives, for adapter paths that stop before running a command. */
export function moderatorsOnly(path: string): Reply {
  return problem("not-allowed", `Only moderators can use \`/${path}\`. Nothing was changed.`, {
    command: path,
  });
}

export function staleCommand(path: string): Reply {
  return problem(
    "unknown-command",
    `\`/${path}\` is not a command this bot knows any more. A server admin can refresh the list with \`npm run discord:register\`.`,
    { command: path },
  );
}
