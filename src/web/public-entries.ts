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

/**
 * The published entries publicEntriesOf keeps off the web: captured ones only (an entry nobody
 * captured is always shown), so this reads as many entries as there were captures, whatever the
 * size of the FAQ.
 */
async function hiddenSlugs(community: WebCommunity): Promise<string[]> {
  const { entries, webConsent } = community.services.faq;
  const captured = await entries.listPublishedWithSlugs(
    (await webConsent.capturedOrigins(null)).map((origin) => origin.slug),
  );
  const shown = new Set((await publicEntriesOf(community, captured)).map((entry) => entry.slug));
  return captured.filter((entry) => !shown.has(entry.slug)).map((entry) => entry.slug);
}

/** Reads of a community's public entries a page at a time: each costs what the page shows. */
export interface PublicListing {
  /** How many public entries there are, or carry exactly `tag`. */
  count(tag?: string): Promise<number>;
  /** One page of the public entries (with `tag`), in slug order or most recently changed first. */
  page(
    order: "slug" | "newest",
    page: { offset: number; limit: number },
    tag?: string,
  ): Promise<PublicEntry<FaqEntry>[]>;
  /** Each tag with its number of public entries and the first `perTag` of them (see FaqEntryStore.tagHeads). */
  tagHeads(options: {
    perTag: number;
    untaggedAs: string;
  }): Promise<{ tag: string; count: number; first: PublicEntry<FaqEntry>[] }[]>;
}

/**
 * The public entries as listPublicEntries has them (counts, order and pages alike), read a page
 * at a time: the store leaves out the entries publicEntriesOf hides, and every page still passes
 * through publicEntriesOf, which adds credits and drops an entry whose consent was withdrawn in
 * between (that page is then one short, never one too many).
 */
export async function publicListingOf(community: WebCommunity): Promise<PublicListing> {
  const store = community.services.faq.entries;
  const excludingSlugs = await hiddenSlugs(community);
  return {
    count: (tag) => store.countSelected(tag === undefined ? { excludingSlugs } : { tag, excludingSlugs }),
    async page(order, page, tag) {
      const selection = tag === undefined ? { excludingSlugs } : { tag, excludingSlugs };
      return publicEntriesOf(community, await store.pagePublished(selection, order, page));
    },
    async tagHeads(options) {
      const heads = await store.tagHeads({ excludingSlugs }, options);
      const shown = new Map(
        (
          await publicEntriesOf(
            community,
            heads.flatMap((head) => head.first),
          )
        ).map((entry) => [entry.slug, entry]),
      );
      return heads.map((head) => ({
        ...head,
        first: head.first.flatMap((entry) => shown.get(entry.slug) ?? []),
      }));
    },
  };
}

/** Every published entry of the community that may be on the web, ordered by slug (the sitemap lists them all). */
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
