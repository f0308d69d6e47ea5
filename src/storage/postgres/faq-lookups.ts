import { and, eq, getTableColumns, like, or } from "drizzle-orm";
import type { CommunityId } from "../../core/community.js";
import type { FaqLookups } from "../shared/faq-lookups.js";
import { communityRowWhere } from "../shared/store-predicates.js";
import { entryFromRow, suggestionFromRow } from "../sqlite/faq-rows.js";
import type { Database } from "./postgres-handle.js";
import { faqEntries, faqSuggestions } from "./schema/faq.js";

/**
 * faq_entries' columns without `search`: the tsvector is the database's, never part of an entry.
 * The rows then have the SQLite rows' shape, so both engines share the row-to-entry mapping.
 */
const { search: _search, ...columns } = getTableColumns(faqEntries);
export const entryColumns = columns;

/** The FAQ stores' shared reads over PostgreSQL, on the pool or inside a write transaction. */
export function faqLookupsOn(db: Database): FaqLookups<"later"> {
  return {
    async findEntry(community, slug) {
      const [row] = await db
        .select(entryColumns)
        .from(faqEntries)
        .where(communityRowWhere(faqEntries, community, "slug", slug));
      return row ? entryFromRow(row) : null;
    },

    async findSuggestion(community, id) {
      const [row] = await db
        .select({ suggestion: faqSuggestions, createdSlug: faqEntries.slug })
        .from(faqSuggestions)
        .leftJoin(faqEntries, eq(faqEntries.id, faqSuggestions.createdEntryId))
        .where(communityRowWhere(faqSuggestions, community, "id", id));
      return row ? suggestionFromRow(row.suggestion, row.createdSlug ?? null) : null;
    },
  };
}

/** Entries of a community (any status), for the writes that read them all first. */
export async function entriesOf(db: Database, community: CommunityId) {
  return db.select(entryColumns).from(faqEntries).where(eq(faqEntries.communityId, community));
}

/** The community's slugs equal to `base` or of the form `base-…` (any status). */
export async function slugsStartingWith(
  db: Database,
  community: CommunityId,
  base: string,
): Promise<Set<string>> {
  const escaped = base.replace(/[\\%_]/g, (character) => `\\${character}`);
  const rows = await db
    .select({ slug: faqEntries.slug })
    .from(faqEntries)
    .where(
      and(
        eq(faqEntries.communityId, community),
        or(eq(faqEntries.slug, base), like(faqEntries.slug, `${escaped}-%`)),
      ),
    );
  return new Set(rows.map((row) => row.slug));
}
