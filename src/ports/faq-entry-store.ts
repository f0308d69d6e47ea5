import type { CommunityId } from "../core/community.js";
import type {
  FaqActor,
  FaqEditOutcome,
  FaqEntry,
  FaqEntryInput,
  FaqEntryPatch,
  FaqResult,
} from "../core/faq/types.js";

/**
 * The FAQ's entries as members read them and moderators curate them.
 *
 * Conventions shared by every FAQ port:
 * - Reads never fail; writes return expected outcomes as values (`{ ok: false, code }`), never throw.
 * - Every write is one transaction: the change, its revision and its audit row land together or not at all.
 * - `now` is passed in, so a command reads the clock once.
 * - Concurrent edits: `edit`, `archive`, `restore` (and `revert`) take an optional `expectedVersion`;
 *   when given and the entry has moved on, the write is refused with `conflict` and nothing changes.
 *   Without it the write applies to whatever version is current (still atomic, last writer wins).
 */
export interface FaqEntryStore {
  /** Any status, so moderators can look at archived entries; null when absent. */
  getBySlug(community: CommunityId, slug: string): Promise<FaqEntry | null>;
  /** Published entries ordered by slug, optionally only those carrying `tag`, optionally one page. */
  listPublished(
    community: CommunityId,
    tag?: string,
    page?: { offset: number; limit: number },
  ): Promise<FaqEntry[]>;
  /** Published entries, optionally only those carrying `tag`. */
  countPublished(community: CommunityId, tag?: string): Promise<number>;
  /** Every tag on a published entry, sorted. */
  tagsInUse(community: CommunityId): Promise<string[]>;
  /** Every entry, published or archived (0 means a fresh database). */
  countAll(community: CommunityId): Promise<number>;
  /** Published slugs in order, for autocomplete. */
  allSlugs(community: CommunityId): Promise<string[]>;
  /**
   * A few published slugs `typed` may have been meant as, for "did you mean": at most `limit`,
   * sorted, found through indexes so that the cost does not grow with the FAQ. They include the
   * first slug that starts with `typed` (if any), the slugs around it in slug order, and slugs of
   * entries whose text has all but one of its words. A close slug may be missed; none is invented.
   */
  slugsNear(community: CommunityId, typed: string, limit: number): Promise<string[]>;
  /** Published entries whose review_by date is before `now`'s UTC date, oldest first. */
  listStale(community: CommunityId, now: Date): Promise<FaqEntry[]>;

  /*
   * Listings for pages that show a few entries of a large FAQ: each reads what the page shows,
   * not the whole FAQ. Slug order is byte order on both engines (as listPublished's).
   */
  /** The published entries among `slugs`, in slug order; unknown and archived slugs are absent. */
  listPublishedWithSlugs(community: CommunityId, slugs: readonly string[]): Promise<FaqEntry[]>;
  /**
   * One page of the published entries `selection` covers, in `order`: "slug", or "newest" (the
   * latest updatedAt first, ties in slug order). Past the end the page is empty.
   */
  pagePublished(
    community: CommunityId,
    selection: PublishedSelection,
    order: "slug" | "newest",
    page: { offset: number; limit: number },
  ): Promise<FaqEntry[]>;
  /** How many published entries `selection` covers. */
  countSelected(community: CommunityId, selection: PublishedSelection): Promise<number>;
  /**
   * Every tag of the published entries `selection` covers, with how many of them carry it and the
   * first `perTag` of those in slug order. Entries without a tag count as carrying `untaggedAs`
   * (one group with any entries really tagged so). Groups come in the order their first entry
   * does (an entry's tags in their listed order), as grouping listPublished's entries would.
   */
  tagHeads(
    community: CommunityId,
    selection: Omit<PublishedSelection, "tag">,
    options: { perTag: number; untaggedAs: string },
  ): Promise<TagHead[]>;

  add(community: CommunityId, input: FaqEntryInput, actor: FaqActor, now: Date): Promise<FaqResult<FaqEntry>>;
  edit(
    community: CommunityId,
    slug: string,
    patch: FaqEntryPatch,
    change: { reason: string; expectedVersion?: number },
    actor: FaqActor,
    now: Date,
  ): Promise<FaqResult<FaqEditOutcome>>;
  archive: FaqStatusMove;
  restore: FaqStatusMove;
}

/** Which published entries a listing covers; every field narrows it further. */
export interface PublishedSelection {
  /** Only entries carrying exactly this tag, as stored (listPublished's `tag` ignores case). */
  tag?: string;
  /** Entries left out by slug (the web's hidden ones: a handful, bounded by captures). */
  excludingSlugs?: readonly string[];
}

/** A tag's first entries and its size, for a page that lists a few entries per tag. */
export interface TagHead {
  tag: string;
  /** How many covered entries carry the tag (more than `first` holds when the tag is large). */
  count: number;
  first: FaqEntry[];
}

/** Archiving and restoring take the same arguments: only the status they move the entry to differs. */
export type FaqStatusMove = (
  community: CommunityId,
  slug: string,
  change: FaqStatusChange,
  actor: FaqActor,
  now: Date,
) => Promise<FaqResult<FaqEntry>>;

export interface FaqStatusChange {
  reason?: string;
  expectedVersion?: number;
}
