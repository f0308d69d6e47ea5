import { communityPath } from "../../core/web-paths.js";
import { html } from "../html.js";
import { renderPage } from "../layout.js";
import type { WebCommunity } from "../web-community.js";

/** The list of public communities (when there is more than one; one is shown directly). */
export function renderHomePage(
  communities: readonly WebCommunity[],
  urlOf: (path: string) => string,
): string {
  return renderPage({
    title: "Community FAQs",
    description: "Freelancer communities' answers about marketplace statuses, fees and contracts.",
    canonicalUrl: urlOf("/"),
    body: html`<h1>Community FAQs</h1>
${
  communities.length === 0
    ? html`<p>No community has published its FAQ yet. A moderator turns it on with <code>/settings public_web:true</code>.</p>`
    : html`<ul class="entries">${communities.map((community) => html`<li><a href="${communityPath(community.id)}" dir="auto">${community.title}</a></li>`)}</ul>`
}`,
  });
}

export function renderNotFoundPage(urlOf: (path: string) => string, path: string): string {
  return renderPage({
    title: "Not found",
    description: "There is no public page at this address.",
    canonicalUrl: urlOf(path),
    body: html`<h1>Not found</h1><p>There is no public page at this address. <a href="/">Back to the start</a>.</p>`,
  });
}
