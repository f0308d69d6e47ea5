import { and, asc, eq } from "drizzle-orm";
import type { FaqTransferOps } from "../shared/faq-transfer-store.js";
import { publishedEntriesWhere } from "../shared/store-predicates.js";
import { revisionFromRow } from "./faq-rows.js";
import { faqEntries, faqRevisions } from "./schema/faq.js";
import type { Database, SqliteHandle } from "./sqlite-handle.js";

/** The transfer store's calls over SQLite, with the statements they need prepared once. */
export function sqliteTransferOps(handle: SqliteHandle): (db: Database) => FaqTransferOps {
  const markStarterCopy = handle.sqlite.prepare<[string, string | null, number]>(
    "UPDATE faq_entries SET starter_hash = ?, review_flag = coalesce(?, review_flag) WHERE id = ?",
  );
  return (db) => ({
    // The prepared writes run on the connection, inside whatever transaction `db` is.
    ...handle.entryWrites,
    entryRows: (community) => db.select().from(faqEntries).where(eq(faqEntries.communityId, community)).all(),
    publishedBySlug: (community) =>
      db
        .select()
        .from(faqEntries)
        .where(publishedEntriesWhere(faqEntries, community))
        .orderBy(asc(faqEntries.slug))
        .all(),
    markStarterCopy: (entryId, fingerprint, flag) => markStarterCopy.run(fingerprint, flag, entryId),
    firstRevision(entryId) {
      const first = db
        .select()
        .from(faqRevisions)
        .where(and(eq(faqRevisions.entryId, entryId), eq(faqRevisions.version, 1)))
        .get();
      return first ? revisionFromRow(first) : null;
    },
    importCommitted: () => undefined,
  });
}
