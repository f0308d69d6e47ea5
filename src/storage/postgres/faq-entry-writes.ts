import { and, eq, sql } from "drizzle-orm";
import type { CommunityId } from "../../core/community.js";
import { sameContent } from "../../core/faq/import/plan-faq-import.js";
import {
  type FaqActor,
  type FaqContent,
  type FaqEditOutcome,
  type FaqEntry,
  type FaqStatus,
  pickRevisedText,
} from "../../core/faq/types.js";
import { insertedEntryOf, replacedEntryOf } from "../shared/faq-entry-results.js";
import type { Database } from "./postgres-handle.js";
import { communities } from "./schema/communities.js";
import { faqEntries, faqRevisions } from "./schema/faq.js";

/**
 * The writes to faq_entries and faq_revisions (the PostgreSQL twin of the SQLite FaqEntryWrites),
 * run inside the caller's transaction. The search document is a generated column, so an entry is
 * searchable from the moment its row commits.
 */
export async function insertEntry(
  tx: Database,
  community: CommunityId,
  entry: FaqContent,
  now: Date,
  starter?: { slug: string; fingerprint: string },
): Promise<FaqEntry> {
  const [inserted] = await insertEntries(tx, community, [{ entry, starter }], now);
  if (!inserted) throw new Error(`faq entry ${entry.slug} was not inserted`);
  return inserted;
}

/** Rows per INSERT: a 100,000-entry import is 200 statements, far below the 65,535-parameter cap. */
const insertBatchRows = 500;

/**
 * New version-1 entries of `community`, many rows per statement: one round trip per row made a
 * large import wait on the network rather than on the database. `onBatch` reports progress.
 */
export async function insertEntries(
  tx: Database,
  community: CommunityId,
  items: readonly { entry: FaqContent; starter?: { slug: string; fingerprint: string } | undefined }[],
  now: Date,
  onBatch?: (inserted: number) => void,
): Promise<FaqEntry[]> {
  if (items.length === 0) return [];
  // As on SQLite: an entry of a community that does not exist is a bug, not a state to store.
  const [known] = await tx
    .select({ key: communities.key })
    .from(communities)
    .where(eq(communities.id, community));
  if (!known) throw new Error(`no community ${community} to add ${items[0]?.entry.slug} to`);
  const at = now.toISOString();
  const inserted: FaqEntry[] = [];
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
}

/** Keeps the current text as a revision and writes `next` as the following version. */
export async function replaceContent(
  tx: Database,
  current: FaqEntry,
  next: FaqContent,
  reason: string,
  actor: FaqActor,
  now: Date,
): Promise<FaqEditOutcome> {
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
}

export async function setEntryStatus(tx: Database, entryId: number, status: FaqStatus): Promise<void> {
  await tx.update(faqEntries).set({ status }).where(eq(faqEntries.id, entryId));
}
