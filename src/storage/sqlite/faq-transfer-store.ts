import { asc, eq } from "drizzle-orm";
import { completeEntry } from "../../core/faq/import/complete-entry.js";
import { type ExistingFaqEntry, planFaqImport } from "../../core/faq/import/plan-faq-import.js";
import { type FaqEntry, type FaqImportOutcome, pickFaqContent } from "../../core/faq/types.js";
import type { FaqTransferStore } from "../../ports/faq-transfer-store.js";
import { writeAudit } from "./audit.js";
import { entryFromRow } from "./faq-rows.js";
import { faqEntries } from "./schema/faq.js";
import type { Database, SqliteHandle } from "./sqlite-handle.js";

export function createSqliteFaqTransferStore(handle: SqliteHandle): FaqTransferStore {
  const { db, write, entryWrites } = handle;
  return {
    async exportEntries() {
      return db
        .select()
        .from(faqEntries)
        .where(eq(faqEntries.status, "published"))
        .orderBy(asc(faqEntries.slug))
        .all()
        .map((row) => pickFaqContent(entryFromRow(row)));
    },

    async importEntries(entries, options, actor, now) {
      const incoming = entries.map(completeEntry);
      const run = (tx: Database): FaqImportOutcome => {
        const existing = new Map<string, ExistingFaqEntry & { entry: FaqEntry }>();
        for (const row of tx.select().from(faqEntries).all()) {
          const entry = entryFromRow(row);
          existing.set(entry.slug, { ...pickFaqContent(entry), status: entry.status, entry });
        }
        const plan = planFaqImport(existing, incoming, options.replace);
        const outcome: FaqImportOutcome = {
          added: plan.add.map((entry) => entry.slug),
          changed: plan.change.map((entry) => entry.slug),
          unchanged: plan.unchanged,
          archived: plan.archive,
        };
        if (options.dryRun) return outcome;

        const total = plan.add.length + plan.change.length + plan.archive.length;
        let done = 0;
        const step = () => {
          done += 1;
          if (done % 100 === 0 || done === total) options.onProgress?.(done, total);
        };
        for (const entry of plan.add) {
          entryWrites.insertEntry(entry, now);
          step();
        }
        for (const next of plan.change) {
          const current = existing.get(next.slug)?.entry;
          if (!current) throw new Error(`import plan names ${next.slug}, which is not in the database`);
          entryWrites.replaceContent(current, next, "import", actor, now);
          if (current.status === "archived") entryWrites.setStatus(current.id, "published");
          step();
        }
        for (const slug of plan.archive) {
          const current = existing.get(slug)?.entry;
          if (current) entryWrites.setStatus(current.id, "archived");
          step();
        }
        if (total > 0) {
          const detail = {
            replace: options.replace,
            added: outcome.added.length,
            changed: outcome.changed.length,
            unchanged: outcome.unchanged.length,
            archived: outcome.archived.length,
          };
          writeAudit(tx, actor, "faq.import", "faq", detail, now);
        }
        return outcome;
      };
      // A dry run only reads, so it takes no write lock.
      return options.dryRun ? run(db) : write(run);
    },
  };
}
