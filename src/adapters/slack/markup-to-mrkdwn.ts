/**
 * Converts the Reply body markup (**bold**, `code`, [text](url), "- " list items, ``` fences) into
 * Slack's mrkdwn, and into plain text for the notification fallback.
 */

/**
 * The one escaping step for every text sent to Slack (blocks, the fallback `text`, views). Slack
 * treats `&`, `<` and `>` as control characters in all text ("All text in Slack uses the same
 * system of escaping"): `<!channel>`, `<!here>`, `<@U…>` and `<!subteam^…>` are mentions only when
 * written with a raw "<". A mrkdwn text object with `verbatim` off also parses some mentions
 * written without brackets, so "@here", "@channel" and "@everyone" get a zero-width space after
 * the "@". Stored text stays as typed; only what is sent is escaped.
 */
export function escapeSlackText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/@(?=here|channel|everyone)/gi, "@\u200b");
}

/**
 * Every markup construct in one pattern, read in a single left-to-right pass (FAQ text and
 * quoted member text run to 40,000 characters; one pass per construct per code segment cost
 * seconds on "`{`{`{…"). Code comes first so that nothing inside it is formatted. Neither a link's
 * label nor its URL may contain "[", so a failed attempt on "[[[…" stops at the next "[" instead
 * of rescanning the rest of the text.
 */
const markupPattern =
  /(```[\s\S]*?```)|(`[^`\n]+`)|\[([^[\]\n]+)\]\((https?:\/\/[^\s()[\]|<>]+)\)|\*\*([^*\n]+)\*\*|^- /gm;

type Parts = [
  all: string,
  fence: string | undefined,
  code: string | undefined,
  label: string | undefined,
  url: string | undefined,
  bold: string | undefined,
];

export function markupToMrkdwn(markup: string): string {
  // Escaping first is safe for the markup: none of its marks is one of Slack's three characters.
  return escapeSlackText(markup).replace(markupPattern, (...match: string[]) => {
    const [all, fence, code, label, url, bold] = match as unknown as Parts;
    if (fence !== undefined || code !== undefined) return all;
    if (label !== undefined && url !== undefined) {
      // A "|" inside link text would end Slack's label early.
      return `<${url}|${label.replace(/\|/g, "¦").replace(/\*\*([^*\n]+)\*\*/g, "*$1*")}>`;
    }
    if (bold !== undefined) return `*${bold}*`;
    return "• ";
  });
}

/** The fallback Slack shows in notifications and to screen readers, before escapeSlackText. */
export function markupToPlainText(markup: string): string {
  return markup.replace(markupPattern, (...match: string[]) => {
    const [, fence, code, label, url, bold] = match as unknown as Parts;
    if (fence !== undefined) return fence.replace(/^```\w*\n?|```$/g, "");
    if (code !== undefined) return code.slice(1, -1);
    if (label !== undefined && url !== undefined) return `${label} (${url})`;
    if (bold !== undefined) return bold;
    return "• ";
  });
}
