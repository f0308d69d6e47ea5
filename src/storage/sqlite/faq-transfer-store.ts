import { and, asc, eq } from "drizzle-orm";
import { contentFingerprint } from "../../core/faq/content-fingerprint.js";
import { completeEntry } from "../../core/faq/import/complete-entry.js";
import { type ExistingFaqEntry, planFaqImport } from "../../core/faq/import/plan-faq-import.js";
import { type FaqEntry, type FaqImportOutcome, pickFaqContent } from "../../core/faq/types.js";
import type { FaqTransferStore, StarterPackOutcome } from "../../ports/faq-transfer-store.js";
import { writeAudit } from "./audit.js";
import { entryFromRow, type FaqEntryRow, revisionFromRow } from "./faq-rows.js";
import { faqEntries, faqRevisions } from "./schema/faq.js";
import type { Database, SqliteHandle } from "./sqlite-handle.js";

/** Slugs per outcome an import's audit row names; counts are always complete. */
const AUDITED_SLUGS = 5000;

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
        .where(and(eq(faqEntries.communityId, community), eq(faqEntries.status, "published")))
        .orderBy(asc(faqEntries.slug))
        .all()
        .map((row) => pickFaqContent(entryFromRow(row)));
    },

    async importEntries(community, entries, options, actor, now) {
      const incoming = entries.map(completeEntry);
      const run = (tx: Database): FaqImportOutcome => {
        const existing = new Map<string, ExistingFaqEntry & { entry: FaqEntry }>();
        for (const row of entriesOf(tx, community)) {
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
        if (total > 0) {
          // The slugs, not only counts: the log says which entries an import touched (bounded,
          // so that a 100,000-entry file does not make one audit row of megabytes).
          const slugs = (list: string[]) => list.slice(0, AUDITED_SLUGS);
          const detail = {
            replace: options.replace,
            added: outcome.added.length,
            changed: outcome.changed.length,
            unchanged: outcome.unchanged.length,
            archived: outcome.archived.length,
            addedSlugs: slugs(outcome.added),
            changedSlugs: slugs(outcome.changed),
            archivedSlugs: slugs(outcome.archived),
          };
          writeAudit(tx, community, actor, "faq.import", "faq", detail, now);
        }
        return outcome;
      };
      // A dry run only reads, so it takes no write lock.
      return options.dryRun ? run(db) : write(run);
    },

    async applyStarterPack(community, pack, actor, now) {
      return write((tx): StarterPackOutcome => {
        const outcome: StarterPackOutcome = { added: [], corrected: [], flagged: [] };
        const rows = entriesOf(tx, community);
        const bySlug = new Map(rows.map((row) => [row.slug, row]));
        const byStarter = new Map(
          rows.flatMap((row) => (row.starterSlug ? [[row.starterSlug, row] as const] : [])),
        );
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
          if (seen === fingerprint) {
            if (copy.starterHash === null) setStarter.run(fingerprint, null, copy.id);
            continue;
          }
          const current = entryFromRow(copy);
          if (contentFingerprint(pickFaqContent(current)) === seen) {
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
            const flag = `The starter pack's text of this entry changed on ${now.toISOString().slice(0, 10)}; a moderator edited this copy, so it was left as it is. Compare it with the pack (npm run faq -- export starter) and edit or confirm it.`;
            setStarter.run(fingerprint, flag, copy.id);
            outcome.flagged.push(current.slug);
          }
        }
        const changed = outcome.added.length + outcome.corrected.length + outcome.flagged.length;
        if (changed > 0) writeAudit(tx, community, actor, "faq.starter-pack", "faq", { ...outcome }, now);
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
  return first
    ? { ...current, ...revisionFromRow(first), slug: current.slug, owner: current.owner }
    : current;
}
