import { entryPath } from "../../core/web-paths.js";
import { html, type SafeHtml } from "../html.js";

/** One entry as a list item: its question, linked; dir="auto" keeps right-to-left text in its box. */
export function entryLink(communityId: string, entry: { slug: string; question: string }): SafeHtml {
  return html`<a href="${entryPath(communityId, entry.slug)}" dir="auto">${entry.question}</a>`;
}

/** A source as a link when it is an http(s) URL, else as text (a stored "javascript:" stays inert). */
export function sourceLink(source: string): SafeHtml {
  return /^https?:\/\//i.test(source)
    ? html`<a href="${source}" rel="nofollow noopener">${source}</a>`
    : html`<span>${source}</span>`;
}
