import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIApplicationCommandsJSONBody,
} from "discord.js";
import { type Command, type CommandEntry, isCommandGroup } from "../../command-kit/command.js";
import { type OptionField, optionFields } from "../../command-kit/option-fields.js";
import { discordOptionName } from "./discord-option-name.js";
import { maxAutocompleteChoices } from "./rank-autocomplete-choices.js";
import { truncateText } from "./truncate-text.js";

/** The message context-menu command that files a thread answer as an FAQ suggestion. */
export const saveAsFaqCommandName = "Save as FAQ";

// Discord's limits for application commands.
const maxDescriptionLength = 100;
const maxStringOptionLength = 6000;

/** Every slash command plus the context menu, as the bulk-overwrite PUT sends them. */
export function discordCommandsJson(
  commands: readonly CommandEntry[],
): RESTPostAPIApplicationCommandsJSONBody[] {
  return [...commands.map(entryJson), saveAsFaqJson()];
}

const guildOnly = {
  // Settings, moderators and the FAQ queue are per server, so the commands are offered in servers only.
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
};

// Only a hint that hides the command from most members (a server can change it under Integrations);
// the core's rule still decides on every use.
const moderatorHint = { default_member_permissions: PermissionFlagsBits.ManageMessages.toString() };

function entryJson(entry: CommandEntry): RESTPostAPIApplicationCommandsJSONBody {
  if (isCommandGroup(entry)) {
    const subcommands: APIApplicationCommandSubcommandOption[] = entry.subcommands.map((command) => ({
      type: ApplicationCommandOptionType.Subcommand,
      name: command.name,
      description: description(command.description, command.name),
      options: optionsJson(command),
    }));
    return {
      type: ApplicationCommandType.ChatInput,
      name: entry.name,
      description: description(entry.description, entry.name),
      options: subcommands,
      ...guildOnly,
      ...(entry.subcommands.every((command) => command.permission === "moderator") ? moderatorHint : {}),
    };
  }
  return {
    type: ApplicationCommandType.ChatInput,
    name: entry.name,
    description: description(entry.description, entry.name),
    options: optionsJson(entry),
    ...guildOnly,
    ...(entry.permission === "moderator" ? moderatorHint : {}),
  };
}

function saveAsFaqJson(): RESTPostAPIApplicationCommandsJSONBody {
  return { type: ApplicationCommandType.Message, name: saveAsFaqCommandName, ...guildOnly };
}

/**
 * The command's fields as Discord sees them: a form's boxes are optional when typing the command
 * opens the form (the modal asks for them), since a slash-command option holds long text badly.
 */
export function discordOptionFields(command: Command): OptionField[] {
  const fields = optionFields(command.options);
  if (!command.form?.opensWhen) return fields;
  const modalFields = new Set(command.form.fields.map((field) => field.option));
  return fields.map((field) => (modalFields.has(field.name) ? { ...field, required: false } : field));
}

function optionsJson(command: Command): APIApplicationCommandBasicOption[] {
  const fields = discordOptionFields(command);
  // Discord rejects a required option listed after an optional one.
  const ordered = [...fields.filter((field) => field.required), ...fields.filter((field) => !field.required)];
  return ordered.map((field) => optionJson(field, command));
}

function optionJson(field: OptionField, command: Command): APIApplicationCommandBasicOption {
  const base = {
    name: discordOptionName(field.name),
    description: description(field.description, field.name),
    required: field.required,
  };
  switch (field.kind) {
    case "boolean":
      return { ...base, type: ApplicationCommandOptionType.Boolean };
    case "integer":
      return { ...base, type: ApplicationCommandOptionType.Integer, ...bounds(field) };
    case "number":
      return { ...base, type: ApplicationCommandOptionType.Number, ...bounds(field) };
    case "choice": {
      const choices = field.choices ?? [];
      if (choices.length <= maxAutocompleteChoices) {
        return {
          ...base,
          type: ApplicationCommandOptionType.String,
          choices: choices.map((choice) => ({ name: truncateText(choice, 100), value: choice })),
        };
      }
      // More than 25 choices cannot be listed natively; autocomplete offers them instead.
      return { ...base, type: ApplicationCommandOptionType.String, autocomplete: true };
    }
    case "string":
      return {
        ...base,
        type: ApplicationCommandOptionType.String,
        max_length: Math.min(field.maxLength ?? maxStringOptionLength, maxStringOptionLength),
        // Values from live data (FAQ slugs) are offered as the member types.
        ...(command.autocomplete?.[field.name] ? { autocomplete: true } : {}),
      };
  }
}

function bounds(field: OptionField): { min_value?: number; max_value?: number } {
  return {
    ...(field.min !== undefined ? { min_value: field.min } : {}),
    ...(field.max !== undefined ? { max_value: field.max } : {}),
  };
}

function description(text: string, fallback: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return truncateText(oneLine === "" ? fallback : oneLine, maxDescriptionLength);
}
