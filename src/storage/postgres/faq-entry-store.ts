import { count, eq, type SQL, sql } from "drizzle-orm";
import type { CommunityId } from "../../core/community.js";
import { completeEntry } from "../../core/faq/import/complete-entry.js";
import { type FaqActor, type FaqEntry, type FaqResult, pickFaqContent } from "../../core/faq/types.js";
import type { FaqEntryStore, FaqStatusChange } from "../../ports/faq-entry-store.js";
import { applyPatch } from "../faq-entry-patch.js";
import {
  addAudit,
  editAudit,
  editable,
  statusChangeAudit,
  statusChangeable,
} from "../shared/faq-entry-decisions.js";
import {
  publishedEntriesWhere,
  publishedWithTagWhere,
  staleEntriesWhere,
} from "../shared/store-predicates.js";
import { entryFromRow } from "../sqlite/faq-rows.js";
import { writeAuditEvent } from "./audit.js";
import { entryWritesOn } from "./faq-entry-writes.js";
import { entryColumns, faqLookupsOn } from "./faq-lookups.js";
import { postgresPublishedListing } from "./faq-published-listing.js";
import { slugsNearOnPostgres } from "./faq-slugs-near.js";
import { lockOf, type PostgresHandle } from "./postgres-handle.js";
import { faqEntries } from "./schema/faq.js";

/** Byte order, as SQLite's BINARY collation sorts: the server's locale must not reorder slugs. */
export const inByteOrder = (column: unknown): SQL => sql`${column} COLLATE "C"`;

/** Entries over PostgreSQL: every write is one transaction under the community's lock. */
export function createPostgresFaqEntryStore(handle: PostgresHandle): FaqEntryStore {
  const { db, write } = handle;

  const setStatus = (
    community: CommunityId,
    slug: string,
    status: "published" | "archived",
    change: FaqStatusChange,
    actor: FaqActor,
    now: Date,
  ): Promise<FaqResult<FaqEntry>> =>
    write([lockOf.community(community)], async (tx): Promise<FaqResult<FaqEntry>> => {
      const found = statusChangeable(
        await faqLookupsOn(tx).findEntry(community, slug),
        status,
        change.expectedVersion,
      );
      if (!found.ok) return found;
      const current = found.value;
      // As on SQLite: visibility, not text, so no revision and no new version; the audit row says who.
      await entryWritesOn(tx).setStatus(current.id, status);
      await writeAuditEvent(
        tx,
        community,
        actor,
        statusChangeAudit(current, status, change.reason ?? null),
        now,
      );
      return { ok: true, value: { ...current, status } };
    });

  return {
    ...postgresPublishedListing(db),

    getBySlug: (community, slug) => faqLookupsOn(db).findEntry(community, slug),

    async listPublished(community, tag, page) {
      const query = db
        .select(entryColumns)
        .from(faqEntries)
        .where(publishedWithTag(community, tag))
        .orderBy(inByteOrder(faqEntries.slug));
      const rows = page ? await query.limit(page.limit).offset(page.offset) : await query;
      return rows.map(entryFromRow);
    },

    async countPublished(community, tag) {
      const [row] = await db.select({ n: count() }).from(faqEntries).where(publishedWithTag(community, tag));
      return row?.n ?? 0;
    },

    async tagsInUse(community) {
      const result = await db.execute<{ tag: string }>(sql`
        SELECT DISTINCT t.tag COLLATE "C" AS tag FROM faq_entries AS e, jsonb_array_elements_text(e.tags) AS t(tag)
        WHERE e.community_id = ${community} AND e.status = 'published' ORDER BY 1`);
      return result.rows.map((row) => row.tag);
    },

    async countAll(community) {
      const [row] = await db
        .select({ n: count() })
        .from(faqEntries)
        .where(eq(faqEntries.communityId, community));
      return row?.n ?? 0;
    },

    async allSlugs(community) {
      const rows = await db
        .select({ slug: faqEntries.slug })
        .from(faqEntries)
        .where(publishedEntriesWhere(faqEntries, community))
        .orderBy(inByteOrder(faqEntries.slug));
      return rows.map((row) => row.slug);
    },

    slugsNear: (community, typed, limit) => slugsNearOnPostgres(db, community, typed, limit),

    async listStale(community, now) {
      const rows = await db
        .select(entryColumns)
        .from(faqEntries)
        .where(staleEntriesWhere(faqEntries, community, now))
        // SQLite sorts NULL first in ascending order; PostgreSQL needs telling.
        .orderBy(sql`${faqEntries.reviewBy} COLLATE "C" ASC NULLS FIRST`, inByteOrder(faqEntries.slug));
      return rows.map(entryFromRow);
    },

    add: (community, input, actor, now) =>
      write([lockOf.community(community)], async (tx): Promise<FaqResult<FaqEntry>> => {
        if (await faqLookupsOn(tx).findEntry(community, input.slug)) return { ok: false, code: "slug-taken" };
        const entry = await entryWritesOn(tx).insertEntry(community, completeEntry(input), now);
        await writeAuditEvent(tx, community, actor, addAudit(entry), now);
        return { ok: true, value: entry };
      }),

    edit: (community, slug, patch, change, actor, now) =>
      write([lockOf.community(community)], async (tx) => {
        const found = editable(await faqLookupsOn(tx).findEntry(community, slug), change.expectedVersion);
        if (!found.ok) return found;
        const current = found.value;
        const next = applyPatch(pickFaqContent(current), patch);
        const outcome = await entryWritesOn(tx).replaceContent(current, next, change.reason, actor, now);
        if (outcome.changed)
          await writeAuditEvent(tx, community, actor, editAudit(current, next, outcome, change.reason), now);
        return { ok: true, value: outcome } as const;
      }),

    archive: (community, slug, change, actor, now) =>
      setStatus(community, slug, "archived", change, actor, now),
    restore: (community, slug, change, actor, now) =>
      setStatus(community, slug, "published", change, actor, now),
  };
}

function publishedWithTag(community: CommunityId, tag: string | undefined) {
  // jsonb containment: the tags list holds this tag (as SQLite's json_each match).
  return publishedWithTagWhere(
    faqEntries,
    community,
    tag,
    (lowerCasedTag) => sql`${faqEntries.tags} @> ${JSON.stringify([lowerCasedTag])}::jsonb`,
  );
}
