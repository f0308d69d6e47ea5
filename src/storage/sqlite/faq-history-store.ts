import { and, eq, sql } from "drizzle-orm";
import {
  type FaqEditOutcome,
  type FaqResult,
  pickFaqContent,
  pickRevisedText,
} from "../../core/faq/types.js";
import type { FaqHistoryStore } from "../../ports/faq-history-store.js";
import { writeAudit } from "./audit.js";
import { findEntry, isStale } from "./faq-lookups.js";
import { revisionFromRow } from "./faq-rows.js";
import { faqRevisions } from "./schema/faq.js";
import type { SqliteHandle } from "./sqlite-handle.js";

export function createSqliteFaqHistoryStore(handle: SqliteHandle): FaqHistoryStore {
  const { db, write, entryWrites } = handle;
  return {
    async history(community, slug) {
      const entry = findEntry(db, community, slug);
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
        const current = findEntry(tx, community, slug);
        if (!current) return { ok: false, code: "not-found" };
        if (isStale(current, change.expectedVersion)) return { ok: false, code: "conflict", current };
        if (version === current.version) return { ok: true, value: { entry: current, changed: false } };
        const revisionRow = tx
          .select()
          .from(faqRevisions)
          .where(and(eq(faqRevisions.entryId, current.id), eq(faqRevisions.version, version)))
          .get();
        if (!revisionRow) return { ok: false, code: "no-such-version" };
        const next = { ...pickFaqContent(current), ...pickRevisedText(revisionFromRow(revisionRow)) };
        const reason = change.reason?.trim() || `revert to version ${version}`;
        const outcome = entryWrites.replaceContent(current, next, reason, actor, now);
        if (outcome.changed) {
          const detail = {
            fromVersion: current.version,
            toVersion: outcome.entry.version,
            revertedTo: version,
            reason,
          };
          writeAudit(tx, community, actor, "faq.revert", slug, detail, now);
        }
        return { ok: true, value: outcome };
      });
    },
  };
}
