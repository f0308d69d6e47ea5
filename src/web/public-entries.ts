import type { FaqEntry } from "../core/faq/types.js";
import type { WebCommunity } from "./web-community.js";

/**
 * THE filter between a community's FAQ and the web: every page, the sitemap, the JSON API and
 * search results pass their entries through here, so a rule about what may be published (today:
 * published entries only; a consent rule for member-captured entries belongs here too) is
 * written once. It receives the community so that such a rule can read its settings.
 */
export async function publicEntriesOf<TEntry extends { slug: string; status?: FaqEntry["status"] }>(
  _community: WebCommunity,
  entries: readonly TEntry[],
): Promise<TEntry[]> {
  // Search candidates carry no status (the scan reads published rows only); entries do.
  return entries.filter((entry) => entry.status === undefined || entry.status === "published");
}

/** Every published entry of the community that may be on the web, ordered by slug. */
export async function listPublicEntries(community: WebCommunity): Promise<FaqEntry[]> {
  return publicEntriesOf(community, await community.services.faq.entries.listPublished());
}

/** One entry by slug when it may be on the web; archived and unknown slugs are null (404). */
export async function findPublicEntry(community: WebCommunity, slug: string): Promise<FaqEntry | null> {
  const entry = await community.services.faq.entries.getBySlug(slug);
  if (!entry) return null;
  const [shown] = await publicEntriesOf(community, [entry]);
  return shown ?? null;
}
