import type { FaqEntry } from "../../core/faq/types.js";
import { rulesetCatalog } from "../../core/rules/ruleset-catalog.js";
import { communityPath, entryPath, rulesetPath, tagPath } from "../../core/web-paths.js";
import { escapeHtml } from "../html.js";

/** Search engines' sitemap: the home page, /status pages and every public community's pages. */
export function renderSitemap(
  communities: readonly { id: string; entries: readonly FaqEntry[] }[],
  urlOf: (path: string) => string,
): string {
  const urls: { loc: string; lastmod?: string }[] = [{ loc: urlOf("/") }, { loc: urlOf("/status") }];
  for (const ruleset of rulesetCatalog()) {
    urls.push({ loc: urlOf(rulesetPath(ruleset.id)) });
    for (const statusId of Object.keys(ruleset.statuses))
      urls.push({ loc: urlOf(rulesetPath(ruleset.id, statusId)) });
  }
  for (const community of communities) {
    const newest =
      community.entries
        .map((entry) => entry.updatedAt)
        .sort()
        .at(-1) ?? "";
    urls.push({
      loc: urlOf(communityPath(community.id)),
      ...(newest ? { lastmod: newest.slice(0, 10) } : {}),
    });
    const tags = new Set(community.entries.flatMap((entry) => entry.tags));
    for (const tag of [...tags].sort()) urls.push({ loc: urlOf(tagPath(community.id, tag)) });
    for (const entry of community.entries)
      urls.push({ loc: urlOf(entryPath(community.id, entry.slug)), lastmod: entry.updatedAt.slice(0, 10) });
  }
  const body = urls
    .map(
      (url) =>
        `<url><loc>${escapeHtml(url.loc)}</loc>${url.lastmod ? `<lastmod>${url.lastmod}</lastmod>` : ""}</url>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}
