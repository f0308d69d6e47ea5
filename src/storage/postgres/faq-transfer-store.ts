import { and, eq, sql } from "drizzle-orm";
import type { FaqImportOutcome } from "../../core/faq/types.js";
import type { FaqTransferOps } from "../shared/faq-transfer-store.js";
import { publishedEntriesWhere } from "../shared/store-predicates.js";
import { revisionFromRow } from "../sqlite/faq-rows.js";
import { entryWritesOn } from "./faq-entry-writes.js";
import { entriesOf, entryColumns } from "./faq-lookups.js";
import type { Database } from "./postgres-handle.js";
import { faqEntries, faqRevisions } from "./schema/faq.js";

/** The transfer store's calls over PostgreSQL; a large import refreshes the planner's statistics. */
export function postgresTransferOps(db: Database): FaqTransferOps {
  return {
    ...entryWritesOn(db),
    entryRows: (community) => entriesOf(db, community),
    publishedBySlug: (community) =>
      db
        .select(entryColumns)
        .from(faqEntries)
        .where(publishedEntriesWhere(faqEntries, community))
        .orderBy(sql`${faqEntries.slug} COLLATE "C"`),
    markStarterCopy: (entryId, fingerprint, flag) =>
      db
        .update(faqEntries)
        .set({ starterHash: fingerprint, reviewFlag: sql`coalesce(${flag}, ${faqEntries.reviewFlag})` })
        .where(eq(faqEntries.id, entryId)),
    async firstRevision(entryId) {
      const [first] = await db
        .select()
        .from(faqRevisions)
        .where(and(eq(faqRevisions.entryId, entryId), eq(faqRevisions.version, 1)));
      return first ? revisionFromRow(first) : null;
    },
    importCommitted: (outcome) => refreshPlannerStatistics(db, outcome),
  };
}

/**
 * Imports at least this many rows refresh the planner's statistics straight away. Without them
 * (autovacuum catches up only a minute or more later) the planner thinks a community holds one row,
 * walks the community index and runs `search @@` on every entry's TOASTed tsvector: a loose match
 * over 2,000 entries took 6.5 ms in the executor instead of 0.2 ms, and the whole match 3x longer.
 */
const bulkImportRows = 50;

async function refreshPlannerStatistics(db: Database, outcome: FaqImportOutcome): Promise<void> {
  const written = outcome.added.length + outcome.changed.length + outcome.archived.length;
  if (written < bulkImportRows) return;
  // The import has committed; stale statistics only slow searches down, so a failure here
  // (a role that does not own the table gets a warning, not an error) must not fail the import.
  await db.execute(sql`ANALYZE faq_entries`).catch(() => {});
}
