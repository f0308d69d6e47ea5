import type { types } from "@slack/bolt";
import { isPlainHttpsUrl } from "../../core/faq/import/faq-entry-rules.js";
import type { Reply, ReplyAction } from "../../core/reply.js";
import { truncateText } from "../truncate-text.js";
import { blockKitLimits } from "./block-kit-limits.js";
import { escapeSlackText, markupToMrkdwn, markupToPlainText } from "./markup-to-mrkdwn.js";

type Button = types.Button;
type KnownBlock = types.KnownBlock;

/** A Slack message body: Block Kit for the client, `text` for notifications and screen readers. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

export interface SlackRenderOptions {
  /**
   * Mrkdwn the adapter composed itself, put before the body as it is: the asker's `<@U…>`, the one
   * mention a reply may carry. Everything from the Reply is escaped (escapeSlackText).
   */
  leadingMention?: string;
}

/** Splits long mrkdwn at line breaks so that each section stays under Slack's limit. */
function chunkText(text: string, maxChars: number): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const line of text.split("\n")) {
    const candidate = current ? `${current}\n${line}` : line;
    if (candidate.length <= maxChars) {
      current = candidate;
      continue;
    }
    if (current) chunks.push(current);
    current = truncateText(line, maxChars);
  }
  if (current) chunks.push(current);
  return chunks;
}

function plainText(text: string, maxChars: number): types.PlainTextElement {
  return { type: "plain_text", text: truncateText(escapeSlackText(text), maxChars), emoji: true };
}

function renderButton(action: ReplyAction): Button {
  const button: Button = {
    type: "button",
    action_id: truncateText(action.id, blockKitLimits.actionIdChars),
    value: truncateText(action.id, blockKitLimits.buttonValueChars),
    text: plainText(action.label, blockKitLimits.buttonLabelChars),
  };
  // Slack buttons know only primary and danger; the rest use the default look.
  if (action.style === "primary" || action.style === "success") button.style = "primary";
  if (action.style === "danger") button.style = "danger";
  return button;
}

/**
 * A source as a Slack link. Only a plain https URL becomes one (no "<", ">", "|" or space could
 * end `<url|label>` early); anything else, stored before the rule or imported, is shown as text.
 * "@" is percent-encoded (the same URL) so that no "@here" appears in the message at all.
 */
function sourceLink(url: string): string {
  if (!isPlainHttpsUrl(url)) return escapeSlackText(url);
  return `<${url.replace(/&/g, "&amp;").replace(/@/g, "%40")}|${escapeSlackText(shortLinkLabel(url))}>`;
}

export function renderReplyBlocks(reply: Reply, options: SlackRenderOptions = {}): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  const title = reply.title ?? (reply.kind === "problem" ? "Something needs fixing" : undefined);
  if (title) blocks.push({ type: "header", text: plainText(title, blockKitLimits.headerChars) });
  const body = markupToMrkdwn(reply.body);
  const withMention = options.leadingMention ? `${options.leadingMention} ${body}` : body;
  for (const chunk of chunkText(withMention, blockKitLimits.sectionChars)) {
    blocks.push({ type: "section", text: { type: "mrkdwn", text: chunk } });
  }
  const fields = reply.fields ?? [];
  for (let start = 0; start < fields.length; start += blockKitLimits.fieldsPerSection) {
    blocks.push({
      type: "section",
      fields: fields.slice(start, start + blockKitLimits.fieldsPerSection).map((field) => ({
        type: "mrkdwn" as const,
        text: truncateText(
          `*${markupToMrkdwn(field.name)}*\n${markupToMrkdwn(field.value)}`,
          blockKitLimits.fieldChars,
        ),
      })),
    });
  }
  const contextLines = [
    ...(reply.footer ? [markupToMrkdwn(reply.footer)] : []),
    ...(reply.sources ?? []).map(sourceLink),
    // A mrkdwn link rather than a URL button: a button would send Bolt an action to acknowledge.
    ...(reply.links ?? []).map((link) =>
      isPlainHttpsUrl(link.url)
        ? `<${link.url.replace(/&/g, "&amp;")}|${escapeSlackText(link.label)}>`
        : escapeSlackText(`${link.label}: ${link.url}`),
    ),
  ].slice(0, blockKitLimits.contextElements);
  if (contextLines.length > 0) {
    blocks.push({
      type: "context",
      elements: contextLines.map((text) => ({
        type: "mrkdwn" as const,
        text: truncateText(text, blockKitLimits.fieldChars),
      })),
    });
  }
  const actions = reply.actions ?? [];
  for (let start = 0; start < actions.length; start += blockKitLimits.buttonsPerActionsBlock) {
    blocks.push({
      type: "actions",
      elements: actions.slice(start, start + blockKitLimits.buttonsPerActionsBlock).map(renderButton),
    });
  }
  return blocks.slice(0, blockKitLimits.messageBlocks);
}

function shortLinkLabel(url: string): string {
  try {
    const parsed = new URL(url);
    return truncateText(`${parsed.hostname}${parsed.pathname === "/" ? "" : parsed.pathname}`, 80);
  } catch {
    return truncateText(url, 80);
  }
}

/** The fallback `text`: Slack parses it like mrkdwn (and notifies from it), so it is escaped too. */
export function renderPlainText(reply: Reply, options: SlackRenderOptions = {}): string {
  const body = escapeSlackText(markupToPlainText(reply.body));
  const parts = [
    reply.title ? escapeSlackText(reply.title) : undefined,
    options.leadingMention ? `${options.leadingMention} ${body}` : body,
    ...(reply.fields ?? []).map((field) =>
      escapeSlackText(`${field.name}: ${markupToPlainText(field.value)}`),
    ),
    reply.footer ? escapeSlackText(markupToPlainText(reply.footer)) : undefined,
    ...(reply.sources ?? []).map(escapeSlackText),
    ...(reply.links ?? []).map((link) => escapeSlackText(`${link.label}: ${link.url}`)),
  ].filter((part): part is string => Boolean(part));
  return truncateText(parts.join("\n"), blockKitLimits.fallbackTextChars);
}

export function renderSlackMessage(reply: Reply, options: SlackRenderOptions = {}): SlackMessage {
  return { text: renderPlainText(reply, options), blocks: renderReplyBlocks(reply, options) };
}
