import type { FaqEntry } from "../../core/faq/types.js";
import { communityPath, entryPath, searchPath, tagPath } from "../../core/web-paths.js";
import { html, type SafeHtml } from "../html.js";
import { renderPage } from "../layout.js";
import { markupToPlainText } from "../markup-to-html.js";
import type { PublicListing } from "../public-entries.js";
import type { WebCommunity } from "../web-community.js";
import { entryLink } from "./entry-links.js";

/** Entries listed under each tag on the community page; the tag's own page lists them all. */
export const ENTRIES_PER_TAG = 12;
/** How many of the most recently changed entries the page shows (and puts in its FAQPage data). */
export const NEWEST_CHANGES = 10;
const UNTAGGED = "other";

export function searchForm(community: WebCommunity, query = ""): SafeHtml {
  return html`<form class="search" role="search" method="get" action="${searchPath(community.id)}">
<label for="q">Search the FAQ</label>
<input id="q" name="q" type="search" value="${query}" minlength="3" maxlength="1000" required placeholder="How long until the Top Rated badge shows up?">
<button type="submit">Search</button>
</form>`;
}

/** A tag as the community page lists it: its first entries, and how many it has in all. */
export interface TagGroup {
  tag: string;
  count: number;
  first: readonly FaqEntry[];
}

/** What the community page shows: the count, the newest changes and each tag's first entries. */
export interface CommunityPageContent {
  total: number;
  newest: readonly FaqEntry[];
  groups: readonly TagGroup[];
}

/**
 * The community page's entries, read a page's worth at a time: tags in name order, each with its
 * first entries in slug order; entries without a tag go last, under "other".
 */
export async function communityPageContent(listing: PublicListing): Promise<CommunityPageContent> {
  const [total, newest, heads] = await Promise.all([
    listing.count(),
    listing.page("newest", { offset: 0, limit: NEWEST_CHANGES }),
    listing.tagHeads({ perTag: ENTRIES_PER_TAG, untaggedAs: UNTAGGED }),
  ]);
  const groups = heads.sort(({ tag: a }, { tag: b }) =>
    a === UNTAGGED ? 1 : b === UNTAGGED ? -1 : a.localeCompare(b),
  );
  return { total, newest, groups };
}

/** schema.org FAQPage for a set of entries whose answers the page shows. */
export function faqPageJsonLd(
  entries: readonly FaqEntry[],
  urlOf: (path: string) => string,
  communityId: string,
) {
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    mainEntity: entries.map((entry) => ({
      "@type": "Question",
      name: entry.question,
      url: urlOf(entryPath(communityId, entry.slug)),
      dateModified: entry.updatedAt,
      acceptedAnswer: { "@type": "Answer", text: markupToPlainText(entry.answer) },
    })),
  };
}

function excerpt(answer: string): string {
  const plain = markupToPlainText(answer);
  return plain.length > 220 ? `${plain.slice(0, 217).trimEnd()}…` : plain;
}

export function renderCommunityPage(
  community: WebCommunity,
  { total, newest, groups }: CommunityPageContent,
  urlOf: (path: string) => string,
): string {
  const body = html`<h1 dir="auto">${community.title}: FAQ</h1>
<p class="meta">${total} ${total === 1 ? "answer" : "answers"}, curated by the community's moderators.</p>
${searchForm(community)}
<section aria-labelledby="newest">
<h2 id="newest">Newest changes</h2>
${newest.length === 0 ? html`<p>No answers yet.</p>` : ""}
<ul class="entries">${newest.map(
    (entry) =>
      html`<li>${entryLink(community.id, entry)} <span class="meta">changed ${entry.updatedAt.slice(0, 10)}</span><br><span dir="auto">${excerpt(entry.answer)}</span></li>`,
  )}</ul>
</section>
<section aria-labelledby="by-tag">
<h2 id="by-tag">By topic</h2>
${groups.map(({ tag, count, first }) => {
  const headingId = `tag-${tag.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  const more =
    count > ENTRIES_PER_TAG
      ? html`<p><a href="${tagPath(community.id, tag)}">All ${count} answers about ${tag}</a></p>`
      : "";
  return html`<h3 id="${headingId}" dir="auto">${tag}</h3>
<ul class="entries" aria-labelledby="${headingId}">${first.slice(0, ENTRIES_PER_TAG).map((entry) => html`<li>${entryLink(community.id, entry)}</li>`)}</ul>${more}`;
})}
</section>`;
  return renderPage({
    title: `${community.title}: FAQ`,
    description: `Answers from the ${community.title} community about freelance marketplaces: ${newest
      .slice(0, 3)
      .map((entry) => entry.question)
      .join(" · ")}`,
    canonicalUrl: urlOf(communityPath(community.id)),
    jsonLd: faqPageJsonLd(newest, urlOf, community.id),
    body,
  });
}

/** Every entry with one tag, a page at a time: `shown` is page `page.number` of `total` entries. */
export function renderTagPage(
  community: WebCommunity,
  tag: string,
  { total, shown }: { total: number; shown: readonly FaqEntry[] },
  page: { number: number; size: number },
  urlOf: (path: string) => string,
): string {
  const pages = Math.max(1, Math.ceil(total / page.size));
  const pageLink = (number: number) =>
    `${tagPath(community.id, tag)}${number === 1 ? "" : `?page=${number}`}`;
  const body = html`<p class="crumbs"><a href="${communityPath(community.id)}" dir="auto">${community.title}</a></p>
<h1 dir="auto">Answers about ${tag}</h1>
${searchForm(community)}
<ul class="entries">${shown.map((entry) => html`<li>${entryLink(community.id, entry)}</li>`)}</ul>
${pages > 1 ? html`<nav class="pages" aria-label="Pages">${page.number > 1 ? html`<a href="${pageLink(page.number - 1)}" rel="prev">Previous</a>` : ""}<span>Page ${page.number} of ${pages}</span> ${page.number < pages ? html`<a href="${pageLink(page.number + 1)}" rel="next">Next</a>` : ""}</nav>` : ""}`;
  return renderPage({
    title: `${tag} · ${community.title}`,
    description: `${total} answers about ${tag} from the ${community.title} community.`,
    canonicalUrl: urlOf(pageLink(page.number)),
    nav: [{ href: communityPath(community.id), label: "FAQ home" }],
    body,
  });
}
