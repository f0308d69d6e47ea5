/**
 * Converts the Reply body markup (**bold**, `code`, [text](url), "- " list items, ``` fences) into
 * Slack's mrkdwn, and into plain text for the notification fallback.
 */

// Slack treats these three characters as control characters in every text object.
export function escapeSlackText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

type Segment = { code: boolean; text: string };

/** Splits on ``` fences and `inline code`, so that formatting is never applied inside code. */
function splitCode(markup: string): Segment[] {
  const segments: Segment[] = [];
  const pattern = /```[\s\S]*?```|`[^`\n]+`/g;
  let last = 0;
  for (const match of markup.matchAll(pattern)) {
    if (match.index > last) segments.push({ code: false, text: markup.slice(last, match.index) });
    segments.push({ code: true, text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < markup.length) segments.push({ code: false, text: markup.slice(last) });
  return segments;
}

const linkPattern = /\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g;

export function markupToMrkdwn(markup: string): string {
  return splitCode(markup)
    .map((segment) => {
      const escaped = escapeSlackText(segment.text);
      if (segment.code) return escaped;
      return (
        escaped
          // A "|" inside link text would end Slack's label early.
          .replace(linkPattern, (_all, label: string, url: string) => `<${url}|${label.replace(/\|/g, "¦")}>`)
          .replace(/\*\*([^*\n]+)\*\*/g, "*$1*")
          .replace(/^- /gm, "• ")
      );
    })
    .join("");
}

/** The plain-text fallback Slack shows in notifications and to screen readers. */
export function markupToPlainText(markup: string): string {
  return splitCode(markup)
    .map((segment) => {
      if (segment.code) return segment.text.replace(/^```\w*\n?|```$/g, "").replace(/^`|`$/g, "");
      return segment.text
        .replace(linkPattern, (_all, label: string, url: string) => `${label} (${url})`)
        .replace(/\*\*([^*\n]+)\*\*/g, "$1")
        .replace(/^- /gm, "• ");
    })
    .join("");
}
