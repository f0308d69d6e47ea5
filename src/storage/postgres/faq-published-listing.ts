import { count, type SQL, sql } from "drizzle-orm";
import { type ListingDialect, publishedListing } from "../shared/published-listing.js";
import { entryFromRow } from "../sqlite/faq-rows.js";
import { entryColumns } from "./faq-lookups.js";
import type { Database } from "./postgres-handle.js";
import { faqEntries } from "./schema/faq.js";

/** PostgreSQL's spelling: jsonb containment and elements, and COLLATE "C" for SQLite's byte order. */
const postgresListingDialect: ListingDialect = {
  hasTag: (tag) => sql`${faqEntries.tags} @> ${JSON.stringify([tag])}::jsonb`,
  isOneOf: (column, values) =>
    typeof values[0] === "number"
      ? sql`${column} in (select (jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))::bigint)`
      : sql`${column} in (select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`,
  // As faq-entry-store.ts's inByteOrder (not imported: that module imports this one).
  byteOrder: (expression) => sql`${expression} COLLATE "C"`,
};

/** The page-sized listings of published entries (shared/published-listing.ts) over PostgreSQL. */
export function postgresPublishedListing(db: Database) {
  return publishedListing({
    dialect: postgresListingDialect,
    entries: faqEntries,
    async select(where, order: SQL[], { offset, limit }) {
      const query = db
        .select(entryColumns)
        .from(faqEntries)
        .where(where)
        .orderBy(...order);
      return (await query.limit(limit).offset(offset)).map(entryFromRow);
    },
    async count(where) {
      const [row] = await db.select({ n: count() }).from(faqEntries).where(where);
      return row?.n ?? 0;
    },
    async tagLists(where) {
      return db
        .select({ id: faqEntries.id, tags: faqEntries.tags })
        .from(faqEntries)
        .where(where)
        .orderBy(postgresListingDialect.byteOrder(faqEntries.slug));
    },
  });
}
