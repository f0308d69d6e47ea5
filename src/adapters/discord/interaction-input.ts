import {
  ApplicationCommandOptionType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
} from "discord.js";
import type { OptionField } from "../../command-kit/option-fields.js";
import { discordOptionName } from "./discord-option-name.js";

/** The subcommand's options when there is one, else the command's own. */
export function leafOptions(
  options: readonly CommandInteractionOption[],
): readonly CommandInteractionOption[] {
  const [first] = options;
  if (first && first.type === ApplicationCommandOptionType.Subcommand) return first.options ?? [];
  if (first && first.type === ApplicationCommandOptionType.SubcommandGroup)
    return leafOptions(first.options ?? []);
  return options;
}

/**
 * Discord's typed options → the raw input object runCommand validates. Names are mapped back to
 * the schema's field names; an option the schema does not know is passed on under its own name so
 * that runCommand can name it in the problem reply (it happens when the registration is stale).
 */
export function commandInputFromOptions(
  options: readonly CommandInteractionOption[],
  fields: readonly OptionField[],
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const option of options) {
    if (option.value === undefined || option.value === null) continue;
    const field = fields.find((candidate) => discordOptionName(candidate.name) === option.name);
    input[field?.name ?? option.name] = option.value;
  }
  return input;
}

/** A value typed as text (a button id's argument, a modal field) → the field's type. */
export function coerceText(field: OptionField | undefined, text: string): unknown {
  if (!field) return text;
  if (field.kind === "integer" || field.kind === "number") {
    const value = Number(text);
    // Left as text when it is not a number, so that the schema's error names the field.
    return text.trim() !== "" && Number.isFinite(value) ? value : text;
  }
  if (field.kind === "boolean") return text === "true" ? true : text === "false" ? false : text;
  return text;
}

/** The command path a slash command or its autocomplete names: `["faq", "edit"]`. */
export function commandWords(interaction: ChatInputCommandInteraction | AutocompleteInteraction): string[] {
  return [interaction.commandName, interaction.options.getSubcommand(false)].filter(
    (word): word is string => typeof word === "string",
  );
}
