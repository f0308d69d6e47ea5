import { and, asc, eq } from "drizzle-orm";
import type { FaqImportOutcome } from "../../core/faq/types.js";
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
    importCommitted: (outcome) => mergeSearchIndex(handle, outcome),
  });
}

/** Imports that write at least this many entries merge the full-text index afterwards. */
const bulkImportRows = 50;

/**
 * A large import leaves FTS5's index in dozens of segments (it flushes its pending terms every
 * megabyte or so), and every scan reads each term from every segment: at 10,000 imported entries
 * the strictest first-cut scan took 1.5 ms against 0.56 ms after 'optimize' merged them into one,
 * which took 43 ms once (5% of the import; 0.7 s after a 13 s import of 100,000). Small edits are
 * left to FTS5's own automerge. Like PostgreSQL's ANALYZE after an import, the import has
 * committed: a failure here (another process holding the write lock) only leaves scans slower.
 */
function mergeSearchIndex(handle: Pick<SqliteHandle, "sqlite">, outcome: FaqImportOutcome): void {
  const written = outcome.added.length + outcome.changed.length + outcome.archived.length;
  if (written < bulkImportRows) return;
  try {
    handle.sqlite.exec("INSERT INTO faq_fts(faq_fts) VALUES('optimize')");
    // The import and the merge leave the WAL hundreds of megabytes long (370 MB after 100,000
    // entries). Copied back here, as SQLite's automatic checkpoint did inside the import, rather
    // than by the checkpoint worker while the next questions are matched: copying it beside them
    // doubled the match p99 after a large import. An import is a long write already; a question
    // is not.
    handle.sqlite.pragma("wal_checkpoint(TRUNCATE)");
  } catch {
    // Left for FTS5's automerge, the checkpoint worker and the next import.
  }
}
