import { escapeHtml, SafeHtml } from "./html.js";

/**
 * The reply markup (**bold**, `code`, [text](https://link), "- " list items, ``` fences) as HTML.
 * The text is escaped first, so only the constructs below ever become tags; a link is made only
 * for an http(s) URL, so "javascript:" and "data:" stay text. One pass, the same pattern shape as
 * the Slack renderer's (linear on hostile input: no construct can nest inside another's retry).
 */
const inlinePattern =
  /(`[^`\n]+`)|\[([^[\]\n]+)\]\((https?:\/\/[^\s()[\]|<>"']+)\)|\*\*([^*\n]+)\*\*|(https?:\/\/[^\s()[\]|<>"']+)/g;

function inlineToHtml(escaped: string): string {
  return escaped.replace(inlinePattern, (all, code, label, url, bold, bare) => {
    if (code !== undefined) return `<code>${code.slice(1, -1)}</code>`;
    if (label !== undefined && url !== undefined)
      return `<a href="${url}" rel="nofollow noopener">${label.replace(/\*\*([^*\n]+)\*\*/g, "<strong>$1</strong>")}</a>`;
    if (bold !== undefined) return `<strong>${bold}</strong>`;
    if (bare !== undefined) return `<a href="${bare}" rel="nofollow noopener">${bare}</a>`;
    return all;
  });
}

/** Lines of one paragraph: consecutive "- " lines become one list, other lines join with <br>. */
function paragraphToHtml(paragraph: string): string {
  const out: string[] = [];
  let items: string[] = [];
  let lines: string[] = [];
  const flushItems = () => {
    if (items.length > 0) out.push(`<ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>`);
    items = [];
  };
  const flushLines = () => {
    if (lines.length > 0) out.push(`<p>${lines.join("<br>")}</p>`);
    lines = [];
  };
  for (const line of paragraph.split("\n")) {
    if (line.startsWith("- ")) {
      flushLines();
      items.push(inlineToHtml(line.slice(2)));
    } else {
      flushItems();
      lines.push(inlineToHtml(line));
    }
  }
  flushItems();
  flushLines();
  return out.join("");
}

export function markupToHtml(markup: string): SafeHtml {
  const escaped = escapeHtml(markup.replace(/\r\n?/g, "\n"));
  // Odd pieces are fenced blocks (kept verbatim, already escaped); even pieces are prose.
  const pieces = escaped.split(/```/);
  const blocks: string[] = [];
  pieces.forEach((piece, index) => {
    const fenced = index % 2 === 1 && index < pieces.length - 1;
    if (fenced) {
      blocks.push(`<pre><code>${piece.replace(/^\w*\n/, "")}</code></pre>`);
      return;
    }
    const prose = index % 2 === 1 ? `\`\`\`${piece}` : piece;
    for (const paragraph of prose.split(/\n{2,}/)) {
      if (paragraph.trim() !== "") blocks.push(paragraphToHtml(paragraph.trim()));
    }
  });
  return new SafeHtml(blocks.join("\n"));
}

/** The markup as one line of plain text (descriptions, JSON-LD, Open Graph). */
export function markupToPlainText(markup: string): string {
  return markup
    .replace(/```\w*\n?/g, "")
    .replace(/\[([^[\]\n]+)\]\((https?:\/\/[^\s()]+)\)/g, "$1")
    .replace(/\*\*([^*\n]+)\*\*/g, "$1")
    .replace(/`([^`\n]+)`/g, "$1")
    .replace(/^- /gm, "")
    .replace(/\s+/g, " ")
    .trim();
}
