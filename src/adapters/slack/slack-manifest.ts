import { type Command, type CommandEntry, isCommandGroup } from "../../command-kit/command.js";
import { optionFields, optionHint } from "../../command-kit/option-fields.js";
import type { YamlValue } from "./to-yaml.js";

/** The message shortcut that files a thread message as an FAQ suggestion. */
export const saveAsFaqCallbackId = "save_as_faq";

/**
 * What the bot needs, and why: commands (slash commands), chat:write (answers and thread replies),
 * app_mentions:read (@gigdesk questions anywhere), channels:history and groups:history (questions in
 * public and private channels, and the thread's question for "Save as FAQ"), users:read (workspace
 * admins count as moderators).
 */
export const slackBotScopes = [
  "app_mentions:read",
  "channels:history",
  // conversations.info: a shadow channel must be a channel of the workspace that names it.
  "channels:read",
  "chat:write",
  "commands",
  "groups:history",
  "groups:read",
  "users:read",
] as const;

export const slackBotEvents = [
  "app_home_opened",
  "app_mention",
  "message.channels",
  "message.groups",
] as const;

export interface ManifestOptions {
  /** Public base URL of the bot, e.g. https://gigdesk.example.org; a placeholder when absent. */
  baseUrl?: string;
  socketMode?: boolean;
  appName?: string;
}

// Slack's manifest limits: usage_hint up to 1000 characters, description up to 2000.
const usageHintMaxChars = 1000;
const descriptionMaxChars = 2000;

function clip(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1)}…`;
}

/** `question:<text> [tags:<text>]`, built from the same schema as the console's usage lines. */
export function commandUsageHint(command: Command): string {
  return optionFields(command.options)
    .map((field) => {
      const part = `${field.name}:<${optionHint(field)}>`;
      return field.required ? part : `[${part}]`;
    })
    .join(" ");
}

export function slashCommandUsageHint(entry: CommandEntry): string {
  if (isCommandGroup(entry)) return `${entry.subcommands.map((sub) => sub.name).join(" | ")} … (or help)`;
  return commandUsageHint(entry) || "(no options)";
}

export function slashCommandName(entry: CommandEntry): string {
  return `/${entry.name}`;
}

export function buildSlackManifest(
  commands: readonly CommandEntry[],
  options: ManifestOptions = {},
): YamlValue {
  const requestUrl = `${(options.baseUrl ?? "https://YOUR-PUBLIC-HOST").replace(/\/+$/, "")}/slack/events`;
  const socketMode = options.socketMode === true;
  const appName = options.appName ?? "gigdesk";
  // In Socket Mode Slack sends everything over the socket, so the manifest carries no URLs.
  const withUrl = (fields: { [key: string]: YamlValue }): { [key: string]: YamlValue } =>
    socketMode ? fields : { ...fields, url: requestUrl };
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: appName,
      description: "Answers freelancers' marketplace questions from a moderated FAQ.",
      background_color: "#1d3557",
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: false, messages_tab_read_only_enabled: true },
      bot_user: { display_name: appName, always_online: true },
      shortcuts: [
        {
          name: "Save as FAQ",
          type: "message",
          callback_id: saveAsFaqCallbackId,
          description: "Suggest this thread answer for the FAQ",
        },
      ],
      slash_commands: commands.map((entry) =>
        withUrl({
          command: slashCommandName(entry),
          description: clip(entry.description, descriptionMaxChars),
          usage_hint: clip(slashCommandUsageHint(entry), usageHintMaxChars),
          // Slack then sends #channel and @user as <#C…|name> / <@U…|name>: /settings needs the ids.
          should_escape: true,
        }),
      ),
    },
    oauth_config: { scopes: { bot: [...slackBotScopes] } },
    settings: {
      event_subscriptions: socketMode
        ? { bot_events: [...slackBotEvents] }
        : { request_url: requestUrl, bot_events: [...slackBotEvents] },
      interactivity: socketMode ? { is_enabled: true } : { is_enabled: true, request_url: requestUrl },
      org_deploy_enabled: false,
      socket_mode_enabled: socketMode,
      token_rotation_enabled: false,
    },
  };
}
