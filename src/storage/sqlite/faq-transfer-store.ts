import { and, asc, eq } from "drizzle-orm";
import type { FaqTransferStore } from "../../ports/faq-transfer-store.js";
import { createFaqTransferStore, type FaqTransferOps } from "../shared/faq-transfer-store.js";
import { publishedEntriesWhere } from "../shared/store-predicates.js";
import { auditOpsOn } from "./audit.js";
import { revisionFromRow } from "./faq-rows.js";
import { faqEntries, faqRevisions } from "./schema/faq.js";
import type { SqliteHandle } from "./sqlite-handle.js";
import { sqliteStepEngine } from "./step-engine.js";

/** Export, import and the starter pack over SQLite: each write is one IMMEDIATE transaction. */
export function createSqliteFaqTransferStore(handle: SqliteHandle): FaqTransferStore {
  const markStarterCopy = handle.sqlite.prepare<[string, string | null, number]>(
    "UPDATE faq_entries SET starter_hash = ?, review_flag = coalesce(?, review_flag) WHERE id = ?",
  );
  const engine = sqliteStepEngine(
    handle,
    (db): FaqTransferOps => ({
      ...auditOpsOn(db),
      // The prepared writes run on the connection, inside whatever transaction `db` is.
      ...handle.entryWrites,
      entryRows: (community) =>
        db.select().from(faqEntries).where(eq(faqEntries.communityId, community)).all(),
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
    }),
  );
  return createFaqTransferStore(engine);
}
