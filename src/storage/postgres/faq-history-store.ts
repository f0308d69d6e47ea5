import { and, desc, eq } from "drizzle-orm";
import {
  type FaqEditOutcome,
  type FaqResult,
  pickFaqContent,
  pickRevisedText,
} from "../../core/faq/types.js";
import type { FaqHistoryStore } from "../../ports/faq-history-store.js";
import { isStale } from "../faq-entry-patch.js";
import { revisionFromRow } from "../sqlite/faq-rows.js";
import { writeAudit } from "./audit.js";
import { replaceContent } from "./faq-entry-writes.js";
import { findEntry } from "./faq-lookups.js";
import { lockOf, type PostgresHandle } from "./postgres-handle.js";
import { faqRevisions } from "./schema/faq.js";

export function createPostgresFaqHistoryStore({ db, write }: PostgresHandle): FaqHistoryStore {
  return {
    async history(community, slug) {
      const entry = await findEntry(db, community, slug);
      if (!entry) return null;
      const rows = await db
        .select()
        .from(faqRevisions)
        .where(eq(faqRevisions.entryId, entry.id))
        .orderBy(desc(faqRevisions.version));
      return { entry, revisions: rows.map(revisionFromRow) };
    },

    revert: (community, slug, version, change, actor, now) =>
      write([lockOf.community(community)], async (tx): Promise<FaqResult<FaqEditOutcome>> => {
        const current = await findEntry(tx, community, slug);
        if (!current) return { ok: false, code: "not-found" };
        if (isStale(current, change.expectedVersion)) return { ok: false, code: "conflict", current };
        if (version === current.version) return { ok: true, value: { entry: current, changed: false } };
        const [revisionRow] = await tx
          .select()
          .from(faqRevisions)
          .where(and(eq(faqRevisions.entryId, current.id), eq(faqRevisions.version, version)));
        if (!revisionRow) return { ok: false, code: "no-such-version" };
        const next = { ...pickFaqContent(current), ...pickRevisedText(revisionFromRow(revisionRow)) };
        const reason = change.reason?.trim() || `revert to version ${version}`;
        const outcome = await replaceContent(tx, current, next, reason, actor, now);
        if (outcome.changed) {
          const detail = {
            fromVersion: current.version,
            toVersion: outcome.entry.version,
            revertedTo: version,
            reason,
          };
          await writeAudit(tx, community, actor, "faq.revert", slug, detail, now);
        }
        return { ok: true, value: outcome };
      }),
  };
}
