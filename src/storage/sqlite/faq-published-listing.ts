import { count, type SQL, sql } from "drizzle-orm";
import { type ListingDialect, publishedListing } from "../shared/published-listing.js";
import { entryFromRow } from "./faq-rows.js";
import { faqEntries } from "./schema/faq.js";
import type { Database } from "./sqlite-handle.js";

/** SQLite's spelling: json_each over the text column, and its BINARY collation is byte order already. */
const sqliteListingDialect: ListingDialect = {
  hasTag: (tag) => sql`exists (select 1 from json_each(${faqEntries.tags}) where value = ${tag})`,
  isOneOf: (column, values) => sql`${column} in (select value from json_each(${JSON.stringify(values)}))`,
  byteOrder: (expression) => sql`${expression}`,
};

/** The page-sized listings of published entries (shared/published-listing.ts) over SQLite. */
export function sqlitePublishedListing(db: Database) {
  return publishedListing({
    dialect: sqliteListingDialect,
    entries: faqEntries,
    async select(where, order: SQL[], { offset, limit }) {
      const rows = db
        .select()
        .from(faqEntries)
        .where(where)
        .orderBy(...order)
        .limit(limit)
        .offset(offset);
      return rows.all().map(entryFromRow);
    },
    async count(where) {
      return db.select({ n: count() }).from(faqEntries).where(where).get()?.n ?? 0;
    },
    async tagLists(where) {
      return db
        .select({ id: faqEntries.id, tags: faqEntries.tags })
        .from(faqEntries)
        .where(where)
        .orderBy(faqEntries.slug)
        .all();
    },
  });
}
