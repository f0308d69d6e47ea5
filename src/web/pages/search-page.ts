import { formatConfidence } from "../../core/faq/format-confidence.js";
import { communityPath, searchPath } from "../../core/web-paths.js";
import { html } from "../html.js";
import { renderPage } from "../layout.js";
import { markupToHtml } from "../markup-to-html.js";
import type { WebCommunity } from "../web-community.js";
import type { WebSearchOutcome } from "../web-search.js";
import { searchForm } from "./community-page.js";
import { entryLink } from "./entry-links.js";

export function renderSearchPage(
  community: WebCommunity,
  query: string,
  outcome: WebSearchOutcome,
  urlOf: (path: string) => string,
): string {
  const results =
    outcome.kind === "invalid"
      ? html`<p role="alert">${outcome.message}</p>`
      : outcome.best === null
        ? html`<p>The FAQ has nothing on that yet. Try other words, or ask in the community.</p>`
        : html`<section aria-labelledby="best"><h2 id="best">Best answer <span class="match">(match ${formatConfidence(outcome.best.confidence)})</span></h2>
<h3>${entryLink(community.id, outcome.best.entry)}</h3>
<div class="answer" dir="auto">${markupToHtml(outcome.best.entry.answer)}</div>
${outcome.best.confidence < outcome.threshold ? html`<p class="caveat" role="note">This is the closest entry, but the match is weak; check that it fits your question.</p>` : ""}
</section>
${
  outcome.related.length > 0
    ? html`<h2>Related</h2><ul class="entries">${outcome.related.map((match) => html`<li>${entryLink(community.id, match.entry)} <span class="match">(match ${formatConfidence(match.confidence)})</span></li>`)}</ul>`
    : ""
}`;
  return renderPage({
    title: query === "" ? `Search · ${community.title}` : `${query} · search · ${community.title}`,
    description: `Search the ${community.title} community's FAQ.`,
    // Result pages are not for search engines: the canonical page is the community's.
    canonicalUrl: urlOf(communityPath(community.id)),
    nav: [{ href: communityPath(community.id), label: "FAQ home" }],
    body: html`<p class="crumbs"><a href="${communityPath(community.id)}" dir="auto">${community.title}</a></p>
<h1>Search the FAQ</h1>
${searchForm(community, query)}
<div aria-live="polite">${results}</div>
<p class="meta"><a href="${searchPath(community.id)}">New search</a></p>`,
  });
}
