import { eq } from "drizzle-orm";
import type { FaqLookups } from "../shared/faq-lookups.js";
import { communityRowWhere } from "../shared/store-predicates.js";
import { entryFromRow, suggestionFromRow } from "./faq-rows.js";
import { faqEntries, faqSuggestions } from "./schema/faq.js";
import type { Database } from "./sqlite-handle.js";

/** The FAQ stores' shared reads over SQLite, on the connection or inside a write transaction. */
export function faqLookupsOn(db: Database): FaqLookups<"now"> {
  return {
    findEntry(community, slug) {
      const row = db
        .select()
        .from(faqEntries)
        .where(communityRowWhere(faqEntries, community, "slug", slug))
        .get();
      return row ? entryFromRow(row) : null;
    },

    findSuggestion(community, id) {
      const row = db
        .select()
        .from(faqSuggestions)
        .where(communityRowWhere(faqSuggestions, community, "id", id))
        .get();
      if (!row) return null;
      const createdSlug =
        row.createdEntryId === null
          ? null
          : (db
              .select({ slug: faqEntries.slug })
              .from(faqEntries)
              .where(eq(faqEntries.id, row.createdEntryId))
              .get()?.slug ?? null);
      return suggestionFromRow(row, createdSlug);
    },
  };
}

export { isStale } from "../faq-entry-patch.js";
