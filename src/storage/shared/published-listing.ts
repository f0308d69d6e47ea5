import { type Column, not, type SQL, sql } from "drizzle-orm";
import type { CommunityId } from "../../core/community.js";
import type { FaqEntry } from "../../core/faq/types.js";
import type { FaqEntryStore, PublishedSelection, TagHead } from "../../ports/faq-entry-store.js";
import { publishedEntriesWhere } from "./store-predicates.js";

/** The few bits of SQL the two engines spell differently; everything else is shared. */
export interface ListingDialect {
  /** The row's tags list holds exactly `tag`. */
  hasTag(tag: string): SQL;
  /** `column` is one of `values`, sent as one JSON parameter however many there are. */
  isOneOf(column: Column, values: readonly string[] | readonly number[]): SQL;
  /** A FROM item giving each tag of the faq_entries row as `t.value`. */
  eachTag: SQL;
  /** The faq_entries row has no tag. */
  untagged: SQL;
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
  /** faq_entries rows matching `where` as entries, in `order`, one page of them when given. */
  select(where: SQL | undefined, order: SQL[], page?: { offset: number; limit: number }): Promise<FaqEntry[]>;
  count(where: SQL | undefined): Promise<number>;
  /** A hand-written query's rows. */
  rows<Row>(query: SQL): Promise<Row[]>;
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
 * The position of each covered entry within each of its tags (untagged entries under one more
 * name) and each tag's size, keeping the first `perTag` positions: tag, total and entry id.
 */
function tagHeadRows(
  { dialect, entries }: ListingQueries,
  where: SQL | undefined,
  options: { perTag: number; untaggedAs: string },
): SQL {
  const bySlug = dialect.byteOrder(sql`slug`);
  return sql`WITH tagged AS (
  SELECT t.value AS tag, ${entries.id} AS id, ${entries.slug} AS slug FROM faq_entries, ${dialect.eachTag} WHERE ${where}
  UNION ALL
  SELECT CAST(${options.untaggedAs} AS TEXT) AS tag, ${entries.id} AS id, ${entries.slug} AS slug FROM faq_entries WHERE ${where} AND ${dialect.untagged}
), ranked AS (
  SELECT tag, id, row_number() OVER (PARTITION BY tag ORDER BY ${bySlug}) AS place, count(*) OVER (PARTITION BY tag) AS total
  FROM tagged
)
SELECT tag, total, id FROM ranked WHERE place <= ${options.perTag} ORDER BY ${dialect.byteOrder(sql`tag`)}, place`;
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
      return queries.select(publishedEntriesWhere(entries, community, dialect.isOneOf(entries.slug, slugs)), [
        bySlug,
      ]);
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
      const rows = await queries.rows<{ tag: string; total: number | string; id: number | string }>(
        tagHeadRows(queries, selectionWhere(queries, community, selection), options),
      );
      if (rows.length === 0) return [];
      const ids = [...new Set(rows.map((row) => Number(row.id)))];
      const byId = new Map(
        (await queries.select(dialect.isOneOf(entries.id, ids), [])).map((entry) => [entry.id, entry]),
      );
      const heads = new Map<string, TagHead>();
      for (const row of rows) {
        const entry = byId.get(Number(row.id));
        if (!entry) continue;
        const head = heads.get(row.tag) ?? { tag: row.tag, count: Number(row.total), first: [] };
        head.first.push(entry);
        heads.set(row.tag, head);
      }
      return [...heads.values()];
    },
  };
}
