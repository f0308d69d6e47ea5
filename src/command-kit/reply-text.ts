import type { Reply } from "../core/reply.js";

/**
 * Renders a reply as plain text: the console's output, the `text` of --json lines and the
 * notification fallback on Slack. Links become "text (url)"; bold and code marks are dropped
 * unless `emphasis` is given (a terminal can show bold).
 */
export function replyToPlainText(reply: Reply, emphasis?: { bold: (text: string) => string }): string {
  const bold = emphasis?.bold ?? ((text: string) => text);
  const parts: string[] = [];
  if (reply.title) parts.push(bold(reply.title));
  parts.push(markupToPlainText(reply.body, bold));
  for (const field of reply.fields ?? []) {
    parts.push(`${bold(field.name)}: ${markupToPlainText(field.value, bold)}`);
  }
  if (reply.actions && reply.actions.length > 0) {
    parts.push(reply.actions.map((action) => `[${action.label}]`).join(" "));
  }
  if (reply.sources && reply.sources.length > 0) {
    parts.push(`Sources:\n${reply.sources.map((source) => `- ${source}`).join("\n")}`);
  }
  for (const link of reply.links ?? []) parts.push(`${link.label}: ${link.url}`);
  if (reply.footer) parts.push(reply.footer);
  return parts.filter((part) => part.length > 0).join("\n\n");
}

export function markupToPlainText(markup: string, bold: (text: string) => string = (text) => text): string {
  return (
    markup
      // No "[" in the label or the URL, so "[[[…" is scanned once (see markup-to-mrkdwn.ts).
      .replace(/\[([^[\]\n]+)\]\((https?:\/\/[^\s()[\]]+)\)/g, "$1 ($2)")
      .replace(/\*\*([^*\n]+)\*\*/g, (_, text: string) => bold(text))
      .replace(/(^|[^`])`([^`\n]+)`/g, "$1$2")
  );
}
