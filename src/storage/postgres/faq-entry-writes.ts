import { and, eq, sql } from "drizzle-orm";
import { sameContent } from "../../core/faq/import/plan-faq-import.js";
import { pickRevisedText } from "../../core/faq/types.js";
import { insertedEntryOf, replacedEntryOf } from "../shared/faq-entry-results.js";
import type { FaqEntryWrites } from "../shared/faq-entry-writes.js";
import type { Database } from "./postgres-handle.js";
import { communities } from "./schema/communities.js";
import { faqEntries, faqRevisions } from "./schema/faq.js";

/** Rows per INSERT: a 100,000-entry import is 200 statements, far below the 65,535-parameter cap. */
const insertBatchRows = 500;

/**
 * The writes to faq_entries and faq_revisions (the PostgreSQL twin of the SQLite prepared writes),
 * run inside the transaction `tx`. The search document is a generated column, so an entry is
 * searchable from the moment its row commits.
 */
export function entryWritesOn(tx: Database): FaqEntryWrites<"later"> {
  const writes: FaqEntryWrites<"later"> = {
    async insertEntry(community, entry, now, starter) {
      const [inserted] = await writes.insertEntries(community, [{ entry, starter }], now);
      if (!inserted) throw new Error(`faq entry ${entry.slug} was not inserted`);
      return inserted;
    },

    /**
     * Many rows per statement: one round trip per row made a large import wait on the network
     * rather than on the database.
     */
    async insertEntries(community, items, now, onBatch) {
      if (items.length === 0) return [];
      // As on SQLite: an entry of a community that does not exist is a bug, not a state to store.
      const [known] = await tx
        .select({ key: communities.key })
        .from(communities)
        .where(eq(communities.id, community));
      if (!known) throw new Error(`no community ${community} to add ${items[0]?.entry.slug} to`);
      const at = now.toISOString();
      const inserted: ReturnType<typeof insertedEntryOf>[] = [];
      for (let start = 0; start < items.length; start += insertBatchRows) {
        const batch = items.slice(start, start + insertBatchRows);
        const rows = await tx
          .insert(faqEntries)
          .values(
            batch.map(({ entry, starter }) => ({
              communityId: community,
              slug: entry.slug,
              question: entry.question,
              answer: entry.answer,
              aliases: entry.aliases,
              tags: entry.tags,
              sources: entry.sources,
              criteria: entry.criteria,
              owner: entry.owner,
              reviewBy: entry.reviewBy,
              status: "published" as const,
              version: 1,
              createdAt: at,
              updatedAt: at,
              starterSlug: starter?.slug ?? null,
              starterHash: starter?.fingerprint ?? null,
            })),
          )
          .returning({ id: faqEntries.id, slug: faqEntries.slug });
        const idOf = new Map(rows.map((row) => [row.slug, row.id]));
        for (const { entry } of batch) {
          const id = idOf.get(entry.slug);
          if (id === undefined) throw new Error(`faq entry ${entry.slug} was not inserted`);
          inserted.push(insertedEntryOf(id, entry, at));
        }
        onBatch?.(batch.length);
      }
      return inserted;
    },

    async replaceContent(current, next, reason, actor, now) {
      if (sameContent(current, next)) return { entry: current, changed: false };
      const at = now.toISOString();
      await tx.insert(faqRevisions).values({
        entryId: current.id,
        version: current.version,
        ...pickRevisedText(current),
        changedBy: actor.userId,
        changedAt: at,
        reason,
      });
      const updated = await tx
        .update(faqEntries)
        .set({
          question: next.question,
          answer: next.answer,
          aliases: next.aliases,
          tags: next.tags,
          sources: next.sources,
          criteria: next.criteria,
          owner: next.owner,
          reviewBy: next.reviewBy,
          version: sql`${faqEntries.version} + 1`,
          updatedAt: at,
          reviewFlag: null,
        })
        .where(and(eq(faqEntries.id, current.id), eq(faqEntries.version, current.version)))
        .returning({ id: faqEntries.id });
      // The community's write lock makes a miss impossible; if it ever happened, the throw rolls back.
      if (updated.length !== 1)
        throw new Error(`faq entry ${current.slug} changed under an open write transaction`);
      return {
        entry: replacedEntryOf(current, next, at),
        changed: true,
      };
    },

    async setStatus(entryId, status) {
      await tx.update(faqEntries).set({ status }).where(eq(faqEntries.id, entryId));
    },
  };
  return writes;
}
