import { eq } from "drizzle-orm";
import type { CommunityId } from "../../core/community.js";
import type { FaqEntry, FaqSuggestion } from "../../core/faq/types.js";
import { communityRowWhere } from "../shared/store-predicates.js";
import { entryFromRow, suggestionFromRow } from "./faq-rows.js";
import { faqEntries, faqSuggestions } from "./schema/faq.js";
import type { Database } from "./sqlite-handle.js";

/** Reads the FAQ stores share, usable on the connection or inside a write transaction. */
export function findEntry(db: Database, community: CommunityId, slug: string): FaqEntry | null {
  const row = db
    .select()
    .from(faqEntries)
    .where(communityRowWhere(faqEntries, community, "slug", slug))
    .get();
  return row ? entryFromRow(row) : null;
}

/** A suggestion of `community`; another community's id reads as absent. */
export function findSuggestion(db: Database, community: CommunityId, id: number): FaqSuggestion | null {
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
}

export { isStale } from "../faq-entry-patch.js";
