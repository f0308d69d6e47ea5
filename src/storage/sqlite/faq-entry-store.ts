import { asc, count, eq, sql } from "drizzle-orm";
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
import { writeAuditEvent } from "./audit.js";
import { faqLookupsOn } from "./faq-lookups.js";
import { sqlitePublishedListing } from "./faq-published-listing.js";
import { entryFromRow } from "./faq-rows.js";
import { prepareSlugsNear } from "./faq-slugs-near.js";
import { faqEntries } from "./schema/faq.js";
import type { SqliteHandle } from "./sqlite-handle.js";

/** Entries over SQLite: reads through drizzle, writes in one IMMEDIATE transaction each. */
export function createSqliteFaqEntryStore(handle: SqliteHandle): FaqEntryStore {
  const { db, sqlite, write, entryWrites } = handle;
  const slugsNear = prepareSlugsNear(sqlite);
  const tagsInUse = sqlite.prepare<[string], { tag: string }>(
    "SELECT DISTINCT t.value AS tag FROM faq_entries AS e, json_each(e.tags) AS t WHERE e.community_id = ? AND e.status = 'published' ORDER BY 1",
  );

  const setStatus = async (
    community: CommunityId,
    slug: string,
    status: "published" | "archived",
    change: FaqStatusChange,
    actor: FaqActor,
    now: Date,
  ): Promise<FaqResult<FaqEntry>> =>
    write((tx): FaqResult<FaqEntry> => {
      const found = statusChangeable(
        faqLookupsOn(tx).findEntry(community, slug),
        status,
        change.expectedVersion,
      );
      if (!found.ok) return found;
      const current = found.value;
      // Archiving changes visibility, not text: no revision and no new version, so history stays
      // a list of texts; the audit row records who archived or restored it and why.
      entryWrites.setStatus(current.id, status);
      writeAuditEvent(tx, community, actor, statusChangeAudit(current, status, change.reason ?? null), now);
      return { ok: true, value: { ...current, status } };
    });

  return {
    ...sqlitePublishedListing(db),

    async getBySlug(community, slug) {
      return faqLookupsOn(db).findEntry(community, slug);
    },

    async listPublished(community, tag, page) {
      const query = db
        .select()
        .from(faqEntries)
        .where(publishedWithTag(community, tag))
        .orderBy(asc(faqEntries.slug));
      const rows = page ? query.limit(page.limit).offset(page.offset).all() : query.all();
      return rows.map(entryFromRow);
    },

    async countPublished(community, tag) {
      return db.select({ n: count() }).from(faqEntries).where(publishedWithTag(community, tag)).get()?.n ?? 0;
    },

    async tagsInUse(community) {
      return tagsInUse.all(community).map((row) => row.tag);
    },

    async countAll(community) {
      return (
        db.select({ n: count() }).from(faqEntries).where(eq(faqEntries.communityId, community)).get()?.n ?? 0
      );
    },

    async allSlugs(community) {
      return db
        .select({ slug: faqEntries.slug })
        .from(faqEntries)
        .where(publishedEntriesWhere(faqEntries, community))
        .orderBy(asc(faqEntries.slug))
        .all()
        .map((row) => row.slug);
    },

    async slugsNear(community, typed, limit) {
      return slugsNear(community, typed, limit);
    },

    async listStale(community, now) {
      return db
        .select()
        .from(faqEntries)
        .where(staleEntriesWhere(faqEntries, community, now))
        .orderBy(asc(faqEntries.reviewBy), asc(faqEntries.slug))
        .all()
        .map(entryFromRow);
    },

    async add(community, input, actor, now) {
      return write((tx) => {
        if (faqLookupsOn(tx).findEntry(community, input.slug)) return { ok: false, code: "slug-taken" };
        const entry = entryWrites.insertEntry(community, completeEntry(input), now);
        writeAuditEvent(tx, community, actor, addAudit(entry), now);
        return { ok: true, value: entry };
      });
    },

    async edit(community, slug, patch, change, actor, now) {
      return write((tx) => {
        const found = editable(faqLookupsOn(tx).findEntry(community, slug), change.expectedVersion);
        if (!found.ok) return found;
        const current = found.value;
        const next = applyPatch(pickFaqContent(current), patch);
        const outcome = entryWrites.replaceContent(current, next, change.reason, actor, now);
        if (outcome.changed)
          writeAuditEvent(tx, community, actor, editAudit(current, next, outcome, change.reason), now);
        return { ok: true, value: outcome };
      });
    },

    archive: (community, slug, change, actor, now) =>
      setStatus(community, slug, "archived", change, actor, now),
    restore: (community, slug, change, actor, now) =>
      setStatus(community, slug, "published", change, actor, now),
  };
}

function publishedWithTag(community: CommunityId, tag: string | undefined) {
  return publishedWithTagWhere(
    faqEntries,
    community,
    tag,
    (lowerCasedTag) =>
      sql`exists (select 1 from json_each(${faqEntries.tags}) where value = ${lowerCasedTag})`,
  );
}
