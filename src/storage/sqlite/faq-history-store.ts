import { eq, sql } from "drizzle-orm";
import type { FaqEditOutcome, FaqResult } from "../../core/faq/types.js";
import type { FaqHistoryStore } from "../../ports/faq-history-store.js";
import { revertAudit, revertedContent, revertStart, revisionWhere } from "../shared/faq-revert-steps.js";
import { writeAuditEvent } from "./audit.js";
import { faqLookupsOn } from "./faq-lookups.js";
import { revisionFromRow } from "./faq-rows.js";
import { faqRevisions } from "./schema/faq.js";
import type { SqliteHandle } from "./sqlite-handle.js";

export function createSqliteFaqHistoryStore(handle: SqliteHandle): FaqHistoryStore {
  const { db, write, entryWrites } = handle;
  return {
    async history(community, slug) {
      const entry = faqLookupsOn(db).findEntry(community, slug);
      if (!entry) return null;
      const revisions = db
        .select()
        .from(faqRevisions)
        .where(eq(faqRevisions.entryId, entry.id))
        .orderBy(sql`${faqRevisions.version} desc`)
        .all()
        .map(revisionFromRow);
      return { entry, revisions };
    },

    async revert(community, slug, version, change, actor, now) {
      return write((tx): FaqResult<FaqEditOutcome> => {
        const start = revertStart(faqLookupsOn(tx).findEntry(community, slug), change, version);
        if ("answer" in start) return start.answer;
        const { current } = start;
        const revisionRow = tx
          .select()
          .from(faqRevisions)
          .where(revisionWhere(faqRevisions, current.id, version))
          .get();
        if (!revisionRow) return { ok: false, code: "no-such-version" };
        const { next, reason } = revertedContent(current, revisionFromRow(revisionRow), version, change);
        const outcome = entryWrites.replaceContent(current, next, reason, actor, now);
        if (outcome.changed)
          writeAuditEvent(tx, community, actor, revertAudit(slug, current, outcome, version, reason), now);
        return { ok: true, value: outcome };
      });
    },
  };
}
