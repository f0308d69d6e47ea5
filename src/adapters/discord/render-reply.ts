import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
  MessageFlags,
} from "discord.js";
import type { ActionStyle, Reply } from "../../core/reply.js";
import { mapReplyText } from "../map-reply-text.js";
import { truncateText } from "../truncate-text.js";
import { escapeDiscordText } from "./escape-discord-text.js";

/** What discord.js needs to send one reply; the same shape serves interactions and channel posts. */
export interface DiscordMessagePayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: []; users: string[]; repliedUser: false };
  flags?: MessageFlags.Ephemeral;
}

export interface RenderOptions {
  /** The only members a reply may ping: the asker, on purpose. */
  mentionUserIds: readonly string[];
  /**
   * Plain text above the embed that the adapter composed itself (the asker's mention, a link to
   * the question), sent as it is; mentions inside embeds never ping.
   */
  content?: string;
}

// Discord's embed and component limits.
const limits = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  buttonsPerRow: 5,
  rows: 5,
  buttonLabel: 80,
  customId: 100,
};

const colours = { message: 0x2b6cb0, problem: 0xc53030 };

const buttonStyles: Record<
  ActionStyle,
  ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger
> = {
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
  success: ButtonStyle.Success,
  danger: ButtonStyle.Danger,
};

/**
 * Reply → one embed (title, body, fields, sources, footer) and buttons. The small markup of
 * Reply.body (bold, code, links, "- " lists, fenced blocks) is Discord markdown already. Every
 * text is escaped first (escape-discord-text.ts): stored and member text is never a mention.
 */
export function renderReply(reply: Reply, options: RenderOptions): DiscordMessagePayload {
  const safe = mapReplyText(reply, escapeDiscordText);
  const payload: DiscordMessagePayload = {
    embeds: [renderEmbed(safe)],
    components: renderButtons(safe),
    allowedMentions: { parse: [], users: [...options.mentionUserIds], repliedUser: false },
  };
  if (options.content !== undefined) payload.content = options.content;
  if (reply.visibility === "private") payload.flags = MessageFlags.Ephemeral;
  return payload;
}

/** The same payload for a channel post, where the ephemeral flag has no meaning. */
export function asChannelMessage(payload: DiscordMessagePayload): Omit<DiscordMessagePayload, "flags"> {
  const { flags: _ephemeral, ...rest } = payload;
  return rest;
}

function renderEmbed(reply: Reply): APIEmbed {
  const embed: APIEmbed = { color: reply.kind === "problem" ? colours.problem : colours.message };
  if (reply.title) embed.title = truncateText(reply.title, limits.title);
  const body = reply.body.trim();
  // An embed needs a title or a description; a zero-width space keeps an empty body valid.
  if (body !== "" || !embed.title)
    embed.description = truncateText(body === "" ? "\u200b" : body, limits.description);
  const fields = (reply.fields ?? []).map((field) => ({
    name: truncateText(field.name || "\u200b", limits.fieldName),
    value: truncateText(field.value || "\u200b", limits.fieldValue),
    ...(field.inline ? { inline: true } : {}),
  }));
  if (reply.sources && reply.sources.length > 0) {
    fields.push({
      name: "Sources",
      value: truncateText(reply.sources.map((url) => `- ${url}`).join("\n"), limits.fieldValue),
    });
  }
  if (fields.length > 0) embed.fields = fields.slice(0, limits.fields);
  if (reply.footer) embed.footer = { text: truncateText(reply.footer, limits.footer) };
  return embed;
}

function renderButtons(reply: Reply): APIActionRowComponent<APIButtonComponent>[] {
  const buttons: APIButtonComponent[] = (reply.actions ?? [])
    .filter((action) => action.id.length <= limits.customId)
    .slice(0, limits.buttonsPerRow * limits.rows)
    .map((action) => ({
      type: ComponentType.Button,
      custom_id: action.id,
      label: truncateText(action.label, limits.buttonLabel),
      style: buttonStyles[action.style],
    }));
  // Link buttons (Read on the web) open a page and send no interaction; at most one row of them.
  const links: APIButtonComponent[] = (reply.links ?? []).slice(0, limits.buttonsPerRow).map((link) => ({
    type: ComponentType.Button,
    style: ButtonStyle.Link,
    url: link.url,
    label: truncateText(link.label, limits.buttonLabel),
  }));
  if (links.length > 0) {
    const actionRows = chunkRows(groupByTarget(buttons)).slice(0, limits.rows - 1);
    return [...actionRows, links].map((components) => ({ type: ComponentType.ActionRow, components }));
  }
  // Buttons acting on the same thing (`faq:approve:12`, `faq:edit:12`, ...) share a row when that fits.
  const grouped = chunkRows(groupByTarget(buttons));
  const rows = grouped.length <= limits.rows ? grouped : chunkRows([buttons]);
  return rows.slice(0, limits.rows).map((components) => ({ type: ComponentType.ActionRow, components }));
}

function groupByTarget(buttons: APIButtonComponent[]): APIButtonComponent[][] {
  const groups = new Map<string, APIButtonComponent[]>();
  for (const button of buttons) {
    const id = "custom_id" in button ? button.custom_id : "";
    const target = id.slice(id.lastIndexOf(":") + 1);
    groups.set(target, [...(groups.get(target) ?? []), button]);
  }
  return [...groups.values()];
}

function chunkRows(groups: APIButtonComponent[][]): APIButtonComponent[][] {
  return groups.flatMap((group) => {
    const rows: APIButtonComponent[][] = [];
    for (let start = 0; start < group.length; start += limits.buttonsPerRow) {
      rows.push(group.slice(start, start + limits.buttonsPerRow));
    }
    return rows;
  });
}
