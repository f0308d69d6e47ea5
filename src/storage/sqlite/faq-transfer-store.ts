import { and, asc, eq } from "drizzle-orm";
import { contentFingerprint } from "../../core/faq/content-fingerprint.js";
import { completeEntry } from "../../core/faq/import/complete-entry.js";
import { planFaqImport } from "../../core/faq/import/plan-faq-import.js";
import { type FaqImportOutcome, pickFaqContent } from "../../core/faq/types.js";
import type { FaqTransferStore, StarterPackOutcome } from "../../ports/faq-transfer-store.js";
import {
  firstVersionContent,
  importAudit,
  importExistingOf,
  importOutcomeOf,
  importProgress,
  starterCopyVerdict,
  starterFlagNote,
  starterIndexes,
  starterPackAudit,
} from "../shared/faq-transfer-steps.js";
import { publishedEntriesWhere } from "../shared/store-predicates.js";
import { writeAuditEvent } from "./audit.js";
import { entryFromRow, type FaqEntryRow, revisionFromRow } from "./faq-rows.js";
import { faqEntries, faqRevisions } from "./schema/faq.js";
import type { Database, SqliteHandle } from "./sqlite-handle.js";

export function createSqliteFaqTransferStore(handle: SqliteHandle): FaqTransferStore {
  const { db, write, entryWrites } = handle;
  const setStarter = handle.sqlite.prepare<[string, string | null, number]>(
    "UPDATE faq_entries SET starter_hash = ?, review_flag = coalesce(?, review_flag) WHERE id = ?",
  );
  const entriesOf = (tx: Database, community: string) =>
    tx.select().from(faqEntries).where(eq(faqEntries.communityId, community)).all();

  return {
    async exportEntries(community) {
      return db
        .select()
        .from(faqEntries)
        .where(publishedEntriesWhere(faqEntries, community))
        .orderBy(asc(faqEntries.slug))
        .all()
        .map((row) => pickFaqContent(entryFromRow(row)));
    },

    async importEntries(community, entries, options, actor, now) {
      const incoming = entries.map(completeEntry);
      const run = (tx: Database): FaqImportOutcome => {
        const existing = importExistingOf(entriesOf(tx, community).map(entryFromRow));
        const plan = planFaqImport(existing, incoming, options.replace);
        const outcome = importOutcomeOf(plan);
        if (options.dryRun) return outcome;

        const { total, step } = importProgress(plan, options.onProgress);
        for (const entry of plan.add) {
          entryWrites.insertEntry(community, entry, now);
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
        if (total > 0) writeAuditEvent(tx, community, actor, importAudit(options.replace, outcome), now);
        return outcome;
      };
      // A dry run only reads, so it takes no write lock.
      return options.dryRun ? run(db) : write(run);
    },

    async applyStarterPack(community, pack, actor, now) {
      return write((tx): StarterPackOutcome => {
        const outcome: StarterPackOutcome = { added: [], corrected: [], flagged: [] };
        const rows = entriesOf(tx, community);
        const { bySlug, byStarter } = starterIndexes(rows);
        for (const { content, fingerprint } of pack) {
          const copy = byStarter.get(content.slug);
          if (!copy) {
            // The community's own entry of the same slug wins; the pack never overwrites it.
            if (bySlug.has(content.slug)) continue;
            entryWrites.insertEntry(community, content, now, { slug: content.slug, fingerprint });
            outcome.added.push(content.slug);
            continue;
          }
          const seen = copy.starterHash ?? contentFingerprint(firstVersionOf(tx, copy));
          const current = entryFromRow(copy);
          const verdict = starterCopyVerdict(seen, fingerprint, current);
          if (verdict === "up-to-date") {
            if (copy.starterHash === null) setStarter.run(fingerprint, null, copy.id);
            continue;
          }
          if (verdict === "correct") {
            // Nobody edited the copy: it takes the pack's correction (a new version, in history).
            entryWrites.replaceContent(
              current,
              { ...content, slug: current.slug },
              "starter pack correction",
              actor,
              now,
            );
            setStarter.run(fingerprint, null, copy.id);
            outcome.corrected.push(current.slug);
          } else {
            const flag = starterFlagNote(now);
            setStarter.run(fingerprint, flag, copy.id);
            outcome.flagged.push(current.slug);
          }
        }
        const audit = starterPackAudit(outcome);
        if (audit) writeAuditEvent(tx, community, actor, audit, now);
        return outcome;
      });
    },
  };
}

/**
 * The text an entry had at version 1: for copies made before fingerprints were kept (the first
 * release), that is the starter-pack text they were made from.
 */
function firstVersionOf(tx: Database, row: FaqEntryRow) {
  const current = pickFaqContent(entryFromRow(row));
  if (row.version === 1) return current;
  const first = tx
    .select()
    .from(faqRevisions)
    .where(and(eq(faqRevisions.entryId, row.id), eq(faqRevisions.version, 1)))
    .get();
  return firstVersionContent(current, first ? revisionFromRow(first) : null);
}
