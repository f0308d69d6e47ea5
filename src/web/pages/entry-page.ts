import { entryFreshness } from "../../core/faq/entry-freshness.js";
import { ruleChangeDates } from "../../core/faq/rule-change-dates.js";
import type { FaqEntry } from "../../core/faq/types.js";
import { communityPath, entryPath, rulesetPath, tagPath } from "../../core/web-paths.js";
import { findCriterion } from "../criterion-pages.js";
import { html } from "../html.js";
import { renderPage } from "../layout.js";
import { markupToHtml, markupToPlainText } from "../markup-to-html.js";
import type { PublicEntry } from "../public-entries.js";
import type { WebCommunity } from "../web-community.js";
import { faqPageJsonLd, searchForm } from "./community-page.js";
import { sourceLink } from "./entry-links.js";

/** One published entry: question, answer, sources, freshness and the rules it relies on. */
export function renderEntryPage(
  community: WebCommunity,
  entry: PublicEntry<FaqEntry>,
  now: Date,
  urlOf: (path: string) => string,
): string {
  const today = now.toISOString().slice(0, 10);
  const freshness = entryFreshness(entry, today, ruleChangeDates(today));
  const changed = new Map(freshness.changedRules.map((rule) => [rule.criterionId, rule.changedOn]));
  const rules = entry.criteria.map((id) => {
    const place = findCriterion(id, now, community.settings.marketplace);
    const changedOn = changed.get(id);
    const state =
      changedOn === undefined
        ? html`<span class="meta">unchanged since this answer was written</span>`
        : html`<strong>changed on ${changedOn}, after this answer was last edited</strong>`;
    const name = place
      ? html`<a href="${rulesetPath(place.rulesetId, place.statusId)}"><code>${id}</code></a> (${place.statusName}: ${place.description})`
      : html`<code>${id}</code>`;
    return html`<li>${name}: ${state}</li>`;
  });
  const caveat = freshness.caveat === null ? "" : markupToPlainText(freshness.caveat.replace(/^_|_$/g, ""));
  const body = html`<p class="crumbs"><a href="${communityPath(community.id)}" dir="auto">${community.title}</a>${entry.tags.map((tag) => html` · <a href="${tagPath(community.id, tag)}" dir="auto">${tag}</a>`)}</p>
<article>
<h1 dir="auto">${entry.question}</h1>
<div class="answer" dir="auto">${markupToHtml(entry.answer)}</div>
${entry.credit === null ? "" : html`<p class="meta credit">Answer by <span dir="auto">${entry.credit}</span>, who agreed to be named here.</p>`}
${caveat === "" ? "" : html`<p class="caveat" role="note">${caveat}</p>`}
<p class="meta">${freshness.label}</p>
${
  entry.sources.length > 0
    ? html`<h2>Sources</h2><ul>${entry.sources.map((source) => html`<li>${sourceLink(source)}</li>`)}</ul>`
    : ""
}
${rules.length > 0 ? html`<h2>Rules this answer relies on</h2><ul>${rules}</ul>` : ""}
</article>
${searchForm(community)}`;
  return renderPage({
    title: entry.question,
    description: markupToPlainText(entry.answer),
    canonicalUrl: urlOf(entryPath(community.id, entry.slug)),
    ogType: "article",
    jsonLd: faqPageJsonLd([entry], urlOf, community.id),
    nav: [{ href: communityPath(community.id), label: "FAQ home" }],
    body,
  });
}
