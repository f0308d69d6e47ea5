import type { FaqEntry } from "../core/faq/types.js";
import { webPublication } from "../core/faq/web-consent.js";
import type { WebCommunity } from "./web-community.js";

/** An entry as the web may show it: with the name its author agreed to be credited by, if any. */
export type PublicEntry<TEntry> = TEntry & { credit: string | null };

/**
 * THE filter between a community's FAQ and the web: every page, the sitemap, the JSON API and
 * search results pass their entries through here, so what may be published is written once:
 * published entries only, and an entry captured from a member's message only while its author
 * agrees or after a moderator rewrote it (src/core/faq/web-consent.ts). Consent is read on every
 * request, so a withdrawal hides the text from the very next page.
 */
export async function publicEntriesOf<
  TEntry extends { slug: string; answer: string; status?: FaqEntry["status"] },
>(community: WebCommunity, entries: readonly TEntry[]): Promise<PublicEntry<TEntry>[]> {
  // Search candidates carry no status (the scan reads published rows only); entries do.
  const published = entries.filter((entry) => entry.status === undefined || entry.status === "published");
  const origins = new Map(
    (await community.services.faq.webConsent.capturedOrigins(published.map((entry) => entry.slug))).map(
      (origin) => [origin.slug, origin],
    ),
  );
  return published.flatMap((entry) => {
    const publication = webPublication(origins.get(entry.slug), entry.answer);
    return publication.shown ? [{ ...entry, credit: publication.credit }] : [];
  });
}

/** Every published entry of the community that may be on the web, ordered by slug. */
export async function listPublicEntries(community: WebCommunity): Promise<PublicEntry<FaqEntry>[]> {
  return publicEntriesOf(community, await community.services.faq.entries.listPublished());
}

/** One entry by slug when it may be on the web; archived, hidden and unknown slugs are null (404). */
export async function findPublicEntry(
  community: WebCommunity,
  slug: string,
): Promise<PublicEntry<FaqEntry> | null> {
  const entry = await community.services.faq.entries.getBySlug(slug);
  if (!entry) return null;
  const [shown] = await publicEntriesOf(community, [entry]);
  return shown ?? null;
}
