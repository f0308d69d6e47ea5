import { and, eq, sql } from "drizzle-orm";
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
import { entryFromRow, type FaqEntryRow, revisionFromRow } from "../sqlite/faq-rows.js";
import { writeAuditEvent } from "./audit.js";
import { entryWritesOn } from "./faq-entry-writes.js";
import { entriesOf, entryColumns } from "./faq-lookups.js";
import { type Database, lockOf, type PostgresHandle } from "./postgres-handle.js";
import { faqEntries, faqRevisions } from "./schema/faq.js";

/** Export, the all-or-nothing import and the starter pack over PostgreSQL (one transaction each). */
export function createPostgresFaqTransferStore({ db, write }: PostgresHandle): FaqTransferStore {
  const setStarter = (tx: Database, id: number, fingerprint: string, flag: string | null) =>
    tx
      .update(faqEntries)
      .set({ starterHash: fingerprint, reviewFlag: sql`coalesce(${flag}, ${faqEntries.reviewFlag})` })
      .where(eq(faqEntries.id, id));

  return {
    async exportEntries(community) {
      const rows = await db
        .select(entryColumns)
        .from(faqEntries)
        .where(publishedEntriesWhere(faqEntries, community))
        .orderBy(sql`${faqEntries.slug} COLLATE "C"`);
      return rows.map((row) => pickFaqContent(entryFromRow(row)));
    },

    async importEntries(community, entries, options, actor, now) {
      const incoming = entries.map(completeEntry);
      const run = async (tx: Database): Promise<FaqImportOutcome> => {
        const existing = importExistingOf((await entriesOf(tx, community)).map(entryFromRow));
        const plan = planFaqImport(existing, incoming, options.replace);
        const outcome = importOutcomeOf(plan);
        if (options.dryRun) return outcome;

        const { total, step } = importProgress(plan, options.onProgress);
        const added = plan.add.map((entry) => ({ entry }));
        await entryWritesOn(tx).insertEntries(community, added, now, (rows) => {
          for (let row = 0; row < rows; row++) step();
        });
        for (const next of plan.change) {
          const current = existing.get(next.slug)?.entry;
          if (!current) throw new Error(`import plan names ${next.slug}, which is not in the database`);
          await entryWritesOn(tx).replaceContent(current, next, "import", actor, now);
          if (current.status === "archived") await entryWritesOn(tx).setStatus(current.id, "published");
          step();
        }
        for (const slug of plan.archive) {
          const current = existing.get(slug)?.entry;
          if (current) await entryWritesOn(tx).setStatus(current.id, "archived");
          step();
        }
        if (total > 0)
          await writeAuditEvent(tx, community, actor, importAudit(options.replace, outcome), now);
        return outcome;
      };
      // A dry run only reads, so it takes no lock.
      if (options.dryRun) return run(db);
      const outcome = await write([lockOf.community(community)], run);
      await refreshPlannerStatistics(db, outcome);
      return outcome;
    },

    applyStarterPack: (community, pack, actor, now) =>
      write([lockOf.community(community)], async (tx): Promise<StarterPackOutcome> => {
        const outcome: StarterPackOutcome = { added: [], corrected: [], flagged: [] };
        const rows = await entriesOf(tx, community);
        const { bySlug, byStarter } = starterIndexes(rows);
        for (const { content, fingerprint } of pack) {
          const copy = byStarter.get(content.slug);
          if (!copy) {
            // The community's own entry of the same slug wins; the pack never overwrites it.
            if (bySlug.has(content.slug)) continue;
            await entryWritesOn(tx).insertEntry(community, content, now, { slug: content.slug, fingerprint });
            outcome.added.push(content.slug);
            continue;
          }
          const seen = copy.starterHash ?? contentFingerprint(await firstVersionOf(tx, copy));
          const current = entryFromRow(copy);
          const verdict = starterCopyVerdict(seen, fingerprint, current);
          if (verdict === "up-to-date") {
            if (copy.starterHash === null) await setStarter(tx, copy.id, fingerprint, null);
            continue;
          }
          if (verdict === "correct") {
            // Nobody edited the copy: it takes the pack's correction (a new version, in history).
            const corrected = { ...content, slug: current.slug };
            await entryWritesOn(tx).replaceContent(current, corrected, "starter pack correction", actor, now);
            await setStarter(tx, copy.id, fingerprint, null);
            outcome.corrected.push(current.slug);
          } else {
            const flag = starterFlagNote(now);
            await setStarter(tx, copy.id, fingerprint, flag);
            outcome.flagged.push(current.slug);
          }
        }
        const audit = starterPackAudit(outcome);
        if (audit) await writeAuditEvent(tx, community, actor, audit, now);
        return outcome;
      }),
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

/** The text an entry had at version 1 (for copies made before fingerprints were kept). */
async function firstVersionOf(tx: Database, row: FaqEntryRow) {
  const current = pickFaqContent(entryFromRow(row));
  if (row.version === 1) return current;
  const [first] = await tx
    .select()
    .from(faqRevisions)
    .where(and(eq(faqRevisions.entryId, row.id), eq(faqRevisions.version, 1)));
  return firstVersionContent(current, first ? revisionFromRow(first) : null);
}
