import { randomBytes } from "node:crypto";
import { problem, type Reply } from "../core/reply.js";
import { isStorageBusy } from "../ports/storage-busy.js";
import type { Command, CommandContext } from "./command.js";
import { validateCommandInput } from "./validate-command-input.js";

export {
  type InvalidInputData,
  unknownOptionProblem,
  validateCommandInput,
} from "./validate-command-input.js";

/**
 * The one path every platform runs a command through: validate, check permission, run, and
 * turn a thrown bug into a private message with a short reference that is also logged.
 */
export async function runCommand(
  command: Command,
  rawInput: Record<string, unknown>,
  ctx: CommandContext,
  path: string = command.name,
): Promise<Reply> {
  const validated = validateCommandInput(command, rawInput, path);
  if (!validated.ok) return validated.reply;

  if (command.permission === "moderator" && !ctx.actor.isModerator) return moderatorsOnly(path);

  try {
    const reply = await command.run(validated.input, ctx);
    // Problems are always private: a mistake is nobody else's business.
    return reply.kind === "problem" ? { ...reply, visibility: "private" } : reply;
  } catch (error) {
    const reference = randomBytes(3).toString("hex").toUpperCase();
    if (isStorageBusy(error)) {
      ctx.services.logger.warn(
        { err: error, reference, command: path, platform: ctx.actor.platform },
        "command refused: the database is busy",
      );
      return storageBusyProblem(reference);
    }
    ctx.services.logger.error(
      { err: error, reference, command: path, platform: ctx.actor.platform },
      "command failed",
    );
    return problem(
      "internal-error",
      `Something went wrong on our side while running \`/${path}\`. Please try again; if it keeps happening, tell a moderator the reference **${reference}**.`,
      { reference },
    );
  }
}

/**
 * What a member hears when another process held the database for longer than a write waits
 * (StorageBusyError): not a bug, nothing was changed, and the same request shortly will work.
 * Adapters use it too for the writes they make outside a command (buttons, Save as FAQ).
 */
export function storageBusyProblem(reference?: string): Reply {
  const quote = reference ? ` (reference **${reference}**)` : "";
  return problem(
    "busy",
    `The bot's database is busy with another change right now${quote}, so nothing was changed. Please try again in a minute.`,
    reference ? { reference } : {},
  );
}

/** The refusal for a moderator command, also used by adapter paths that stop before running one (a form). */
export function moderatorsOnly(path: string): Reply {
  return problem("not-allowed", `Only moderators can use \`/${path}\`. Nothing was changed.`, {
    command: path,
  });
}
