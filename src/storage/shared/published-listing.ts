import { type Column, not, type SQL, sql } from "drizzle-orm";
import type { CommunityId } from "../../core/community.js";
import type { FaqEntry } from "../../core/faq/types.js";
import type { FaqEntryStore, PublishedSelection } from "../../ports/faq-entry-store.js";
import { stringList } from "../sqlite/faq-rows.js";
import { publishedEntriesWhere } from "./store-predicates.js";

/** The few bits of SQL the two engines spell differently; everything else is shared. */
export interface ListingDialect {
  /** The row's tags list holds exactly `tag`. */
  hasTag(tag: string): SQL;
  /** `column` is one of `values`, sent as one JSON parameter however many there are. */
  isOneOf(column: Column, values: readonly string[] | readonly number[]): SQL;
  /** `expression` sorted by bytes, as SQLite's BINARY collation does. */
  byteOrder(expression: unknown): SQL;
}

/** The columns of faq_entries these listings are built on. */
export interface ListingColumns {
  id: Column;
  communityId: Column;
  status: Column;
  slug: Column;
  updatedAt: Column;
}

/** How an engine runs the listings' queries (on its pool or connection). */
export interface ListingQueries {
  readonly dialect: ListingDialect;
  readonly entries: ListingColumns;
  /** One page of the faq_entries rows matching `where`, in `order`, as entries. */
  select(where: SQL | undefined, order: SQL[], page: { offset: number; limit: number }): Promise<FaqEntry[]>;
  count(where: SQL | undefined): Promise<number>;
  /** Id and tags list (as stored) of the faq_entries rows matching `where`, in slug order. */
  tagLists(where: SQL | undefined): Promise<{ id: number; tags: unknown }[]>;
}

type PublishedListing = Pick<
  FaqEntryStore,
  "listPublishedWithSlugs" | "pagePublished" | "countSelected" | "tagHeads"
>;

function selectionWhere(
  { dialect, entries }: ListingQueries,
  community: CommunityId,
  selection: PublishedSelection,
): SQL | undefined {
  const excluded = selection.excludingSlugs ?? [];
  return publishedEntriesWhere(
    entries,
    community,
    selection.tag === undefined ? undefined : dialect.hasTag(selection.tag),
    excluded.length === 0 ? undefined : not(dialect.isOneOf(entries.slug, excluded)),
  );
}

/**
 * Each tag's size and first `perTag` entry ids, from the covered entries' slugs and tags in slug
 * order: as the community page used to group every entry, so groups come in the order their first
 * entry does (an entry's own tags in their listed order) and an entry tagged twice counts twice.
 * Reading three short columns of every entry costs a fraction of reading the entries.
 */
function headIds(
  rows: readonly { id: number; tags: unknown }[],
  options: { perTag: number; untaggedAs: string },
): { tag: string; count: number; ids: number[] }[] {
  const heads = new Map<string, { tag: string; count: number; ids: number[] }>();
  for (const row of rows) {
    const tags = stringList(row.tags);
    for (const tag of tags.length > 0 ? tags : [options.untaggedAs]) {
      const head = heads.get(tag) ?? { tag, count: 0, ids: [] };
      head.count += 1;
      if (head.ids.length < options.perTag) head.ids.push(row.id);
      heads.set(tag, head);
    }
  }
  return [...heads.values()];
}

/**
 * The FaqEntryStore listings that read only what a page shows (see the port), on either engine:
 * the engines supply the query calls and their spelling of JSON lists and byte order.
 */
export function publishedListing(queries: ListingQueries): PublishedListing {
  const { dialect, entries } = queries;
  const bySlug = dialect.byteOrder(entries.slug);
  return {
    async listPublishedWithSlugs(community, slugs) {
      if (slugs.length === 0) return [];
      const where = publishedEntriesWhere(entries, community, dialect.isOneOf(entries.slug, slugs));
      return queries.select(where, [bySlug], { offset: 0, limit: slugs.length });
    },

    async pagePublished(community, selection, order, page) {
      const newestFirst = [sql`${dialect.byteOrder(entries.updatedAt)} DESC`, bySlug];
      return queries.select(
        selectionWhere(queries, community, selection),
        order === "newest" ? newestFirst : [bySlug],
        page,
      );
    },

    async countSelected(community, selection) {
      return queries.count(selectionWhere(queries, community, selection));
    },

    async tagHeads(community, selection, options) {
      const heads = headIds(await queries.tagLists(selectionWhere(queries, community, selection)), options);
      const ids = [...new Set(heads.flatMap((head) => head.ids))];
      if (ids.length === 0) return [];
      const found = await queries.select(dialect.isOneOf(entries.id, ids), [], {
        offset: 0,
        limit: ids.length,
      });
      const byId = new Map(found.map((entry) => [entry.id, entry]));
      return heads.map(({ tag, count, ids: first }) => ({
        tag,
        count,
        first: first.flatMap((id) => byId.get(id) ?? []),
      }));
    },
  };
}
