import type { types } from "@slack/bolt";

type Button = types.Button;
type KnownBlock = types.KnownBlock;

import type { Reply, ReplyAction } from "../../core/reply.js";
import { markupToMrkdwn, markupToPlainText } from "./markup-to-mrkdwn.js";

/** A Slack message body: Block Kit for the client, `text` for notifications and screen readers. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

// Block Kit limits (https://api.slack.com/reference/block-kit/blocks): going over any of them makes
// Slack reject the whole message with invalid_blocks, so every piece is cut to size here.
const headerMaxChars = 150;
const sectionMaxChars = 3000;
const fieldMaxChars = 2000;
const fieldsPerSection = 10;
const contextMaxElements = 10;
const buttonsPerActionsBlock = 25;
const buttonLabelMaxChars = 75;
const actionIdMaxChars = 255;
const messageMaxBlocks = 50;
const fallbackMaxChars = 4000;

function cut(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1)}…`;
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
    current = cut(line, maxChars);
  }
  if (current) chunks.push(current);
  return chunks;
}

function renderButton(action: ReplyAction): Button {
  const button: Button = {
    type: "button",
    action_id: cut(action.id, actionIdMaxChars),
    value: cut(action.id, 2000),
    text: { type: "plain_text", text: cut(action.label, buttonLabelMaxChars), emoji: true },
  };
  // Slack buttons know only primary and danger; the rest use the default look.
  if (action.style === "primary" || action.style === "success") button.style = "primary";
  if (action.style === "danger") button.style = "danger";
  return button;
}

export function renderReplyBlocks(reply: Reply): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  const title = reply.title ?? (reply.kind === "problem" ? "Something needs fixing" : undefined);
  if (title)
    blocks.push({
      type: "header",
      text: { type: "plain_text", text: cut(title, headerMaxChars), emoji: true },
    });
  for (const chunk of chunkText(markupToMrkdwn(reply.body), sectionMaxChars)) {
    blocks.push({ type: "section", text: { type: "mrkdwn", text: chunk } });
  }
  const fields = reply.fields ?? [];
  for (let start = 0; start < fields.length; start += fieldsPerSection) {
    blocks.push({
      type: "section",
      fields: fields.slice(start, start + fieldsPerSection).map((field) => ({
        type: "mrkdwn" as const,
        text: cut(`*${markupToMrkdwn(field.name)}*\n${markupToMrkdwn(field.value)}`, fieldMaxChars),
      })),
    });
  }
  const contextLines = [
    ...(reply.footer ? [markupToMrkdwn(reply.footer)] : []),
    ...(reply.sources ?? []).map((url) => `<${url}|${shortLinkLabel(url)}>`),
  ].slice(0, contextMaxElements);
  if (contextLines.length > 0) {
    blocks.push({
      type: "context",
      elements: contextLines.map((text) => ({ type: "mrkdwn" as const, text: cut(text, fieldMaxChars) })),
    });
  }
  const actions = reply.actions ?? [];
  for (let start = 0; start < actions.length; start += buttonsPerActionsBlock) {
    blocks.push({
      type: "actions",
      elements: actions.slice(start, start + buttonsPerActionsBlock).map(renderButton),
    });
  }
  return blocks.slice(0, messageMaxBlocks);
}

function shortLinkLabel(url: string): string {
  try {
    const parsed = new URL(url);
    return cut(`${parsed.hostname}${parsed.pathname === "/" ? "" : parsed.pathname}`, 80);
  } catch {
    return cut(url, 80);
  }
}

export function renderPlainText(reply: Reply): string {
  const parts = [
    reply.title,
    markupToPlainText(reply.body),
    ...(reply.fields ?? []).map((field) => `${field.name}: ${markupToPlainText(field.value)}`),
    reply.footer ? markupToPlainText(reply.footer) : undefined,
    ...(reply.sources ?? []),
  ].filter((part): part is string => Boolean(part));
  return cut(parts.join("\n"), fallbackMaxChars);
}

export function renderSlackMessage(reply: Reply): SlackMessage {
  return { text: renderPlainText(reply), blocks: renderReplyBlocks(reply) };
}
