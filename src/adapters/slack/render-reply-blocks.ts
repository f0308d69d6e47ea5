import type { types } from "@slack/bolt";
import { truncateText } from "../truncate-text.js";
import { blockKitLimits } from "./block-kit-limits.js";

type Button = types.Button;
type KnownBlock = types.KnownBlock;

import type { Reply, ReplyAction } from "../../core/reply.js";
import { markupToMrkdwn, markupToPlainText } from "./markup-to-mrkdwn.js";

/** A Slack message body: Block Kit for the client, `text` for notifications and screen readers. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
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

function renderButton(action: ReplyAction): Button {
  const button: Button = {
    type: "button",
    action_id: truncateText(action.id, blockKitLimits.actionIdChars),
    value: truncateText(action.id, blockKitLimits.buttonValueChars),
    text: {
      type: "plain_text",
      text: truncateText(action.label, blockKitLimits.buttonLabelChars),
      emoji: true,
    },
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
      text: { type: "plain_text", text: truncateText(title, blockKitLimits.headerChars), emoji: true },
    });
  for (const chunk of chunkText(markupToMrkdwn(reply.body), blockKitLimits.sectionChars)) {
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
    ...(reply.sources ?? []).map((url) => `<${url}|${shortLinkLabel(url)}>`),
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

export function renderPlainText(reply: Reply): string {
  const parts = [
    reply.title,
    markupToPlainText(reply.body),
    ...(reply.fields ?? []).map((field) => `${field.name}: ${markupToPlainText(field.value)}`),
    reply.footer ? markupToPlainText(reply.footer) : undefined,
    ...(reply.sources ?? []),
  ].filter((part): part is string => Boolean(part));
  return truncateText(parts.join("\n"), blockKitLimits.fallbackTextChars);
}

export function renderSlackMessage(reply: Reply): SlackMessage {
  return { text: renderPlainText(reply), blocks: renderReplyBlocks(reply) };
}
