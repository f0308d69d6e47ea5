import { desc, eq } from "drizzle-orm";
import type { FaqEditOutcome, FaqResult } from "../../core/faq/types.js";
import type { FaqHistoryStore } from "../../ports/faq-history-store.js";
import { revertAudit, revertedContent, revertStart, revisionWhere } from "../shared/faq-revert-steps.js";
import { revisionFromRow } from "../sqlite/faq-rows.js";
import { writeAuditEvent } from "./audit.js";
import { entryWritesOn } from "./faq-entry-writes.js";
import { faqLookupsOn } from "./faq-lookups.js";
import { lockOf, type PostgresHandle } from "./postgres-handle.js";
import { faqRevisions } from "./schema/faq.js";

export function createPostgresFaqHistoryStore({ db, write }: PostgresHandle): FaqHistoryStore {
  return {
    async history(community, slug) {
      const entry = await faqLookupsOn(db).findEntry(community, slug);
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
        const start = revertStart(await faqLookupsOn(tx).findEntry(community, slug), change, version);
        if ("answer" in start) return start.answer;
        const { current } = start;
        const [revisionRow] = await tx
          .select()
          .from(faqRevisions)
          .where(revisionWhere(faqRevisions, current.id, version));
        if (!revisionRow) return { ok: false, code: "no-such-version" };
        const { next, reason } = revertedContent(current, revisionFromRow(revisionRow), version, change);
        const outcome = await entryWritesOn(tx).replaceContent(current, next, reason, actor, now);
        if (outcome.changed)
          await writeAuditEvent(
            tx,
            community,
            actor,
            revertAudit(slug, current, outcome, version, reason),
            now,
          );
        return { ok: true, value: outcome };
      }),
  };
}
