import { type CommandEntry, isCommandGroup } from "../../command-kit/command.js";
import { optionFields } from "../../command-kit/option-fields.js";

/**
 * The text-syntax line for a Slack slash command: Slack sends `/eligibility` and the text after it
 * separately. `help`, or an empty text where the command needs options, asks for the usage instead:
 * `/help <command>` for a command, and the bare group name for a group (which lists its subcommands).
 */
export function slashCommandLine(entry: CommandEntry, text: string): string {
  const trimmed = text.trim();
  const asksForHelp = trimmed.toLowerCase() === "help";
  if (entry.name === "help") return trimmed ? `/help ${trimmed}` : "/help";
  if (isCommandGroup(entry)) return asksForHelp ? `/${entry.name}` : `/${entry.name} ${trimmed}`.trimEnd();
  const needsOptions = optionFields(entry.options).some((field) => field.required);
  if (asksForHelp || (trimmed === "" && needsOptions)) return `/help ${entry.name}`;
  return `/${entry.name} ${trimmed}`.trimEnd();
}
