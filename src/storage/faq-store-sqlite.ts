import type BetterSqlite3 from "better-sqlite3";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { captureThreadAnswer } from "../core/faq/import/capture-thread-answer.js";
import { completeEntry } from "../core/faq/import/complete-entry.js";
import { type ExistingFaqEntry, planFaqImport } from "../core/faq/import/plan-faq-import.js";
import { slugFromQuestion } from "../core/faq/import/slug-from-question.js";
import type {
  FaqActor,
  FaqApproval,
  FaqCandidate,
  FaqContent,
  FaqEditOutcome,
  FaqEntry,
  FaqEntryInput,
  FaqEntryPatch,
  FaqHistory,
  FaqImportOptions,
  FaqImportOutcome,
  FaqResult,
  FaqSuggestion,
  FaqSuggestionInput,
  FaqSuggestOutcome,
  ThreadAnswerCapture,
} from "../core/faq/types.js";
import type { FaqStore } from "../ports/faq-store.js";
import { prepareFaqEntryWrites } from "./faq-entry-writes.js";
import {
  type CandidateRow,
  candidateFromRow,
  contentOf,
  entryFromRow,
  type FaqSuggestionRow,
  revisionFromRow,
  suggestionFromRow,
} from "./faq-rows.js";
import { auditLog } from "./schema/audit-log.js";
import { faqEntries, faqRevisions, faqSuggestions } from "./schema/faq.js";

type Db = BetterSQLite3Database;
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Database = Db | Tx;

/** Rows the ranked FTS first cut returns before the lists are parsed. */
type RankedCandidateRow = CandidateRow & { bm25: number };

/**
 * The FAQ store over SQLite. Every write a user waits for runs in one IMMEDIATE transaction (the
 * write lock is taken up front, so a second process waits on busy_timeout instead of failing to
 * upgrade a read lock half-way). Inside it, the version check, the change, the revision and the
 * audit row happen together; an expected refusal returns before anything is written.
 */
export function createSqliteFaqStore(sqlite: BetterSqlite3.Database): FaqStore {
  const db = drizzle(sqlite);
  const write = <T>(work: (tx: Tx) => T): T => db.transaction(work, { behavior: "immediate" });
  const writes = prepareFaqEntryWrites(sqlite);

  // The search path runs on every question: one prepared statement, ordered by the rank the
  // migration configured (bm25 with question and aliases weighted up). The FTS subquery picks the
  // best rowids first, so the join touches only `limit` entries.
  const candidatesStatement = sqlite.prepare<[string, number], RankedCandidateRow>(`
    SELECT e.slug, e.question, e.answer, e.aliases, e.tags, e.sources, e.criteria,
           e.review_by, e.updated_at, m.rank AS bm25
    FROM (SELECT rowid AS id, rank FROM faq_fts WHERE faq_fts MATCH ? ORDER BY rank LIMIT ?) AS m
    JOIN faq_entries AS e ON e.id = m.id
    WHERE e.status = 'published'
    ORDER BY m.rank`);

  return {
    findCandidates(matchExpression: string, limit: number): FaqCandidate[] {
      const rows = Math.floor(limit);
      if (!(rows > 0) || matchExpression.trim() === "") return [];
      return candidatesStatement
        .all(matchExpression, rows)
        .map((row) => ({ ...candidateFromRow(row), bm25: row.bm25 }));
    },

    getBySlug(slug) {
      return findEntry(db, slug);
    },

    listPublished(tag, page) {
      const query = db.select().from(faqEntries).where(publishedWithTag(tag)).orderBy(asc(faqEntries.slug));
      const rows = page ? query.limit(page.limit).offset(page.offset).all() : query.all();
      return rows.map(entryFromRow);
    },

    countPublished(tag) {
      return db.select({ n: count() }).from(faqEntries).where(publishedWithTag(tag)).get()?.n ?? 0;
    },

    tagsInUse() {
      return sqlite
        .prepare<[], { tag: string }>(
          "SELECT DISTINCT t.value AS tag FROM faq_entries AS e, json_each(e.tags) AS t WHERE e.status = 'published' ORDER BY 1",
        )
        .all()
        .map((row) => row.tag);
    },

    countAll() {
      return db.select({ n: count() }).from(faqEntries).get()?.n ?? 0;
    },

    allSlugs() {
      return db
        .select({ slug: faqEntries.slug })
        .from(faqEntries)
        .where(eq(faqEntries.status, "published"))
        .orderBy(asc(faqEntries.slug))
        .all()
        .map((row) => row.slug);
    },

    add(input, actor, now) {
      return write((tx) => {
        if (findEntry(tx, input.slug)) return { ok: false, code: "slug-taken" };
        const entry = writes.insertEntry(completeEntry(input), now);
        audit(tx, actor, "faq.add", entry.slug, { version: entry.version }, now);
        return { ok: true, value: entry };
      });
    },

    edit(slug, patch, change, actor, now) {
      return write((tx) => {
        const current = findEntry(tx, slug);
        if (!current) return { ok: false, code: "not-found" };
        if (isStale(current, change.expectedVersion)) return { ok: false, code: "conflict", current };
        const next = applyPatch(contentOf(current), patch);
        const outcome = writes.replaceContent(current, next, change.reason, actor, now);
        if (outcome.changed) {
          audit(
            tx,
            actor,
            "faq.edit",
            slug,
            {
              fromVersion: current.version,
              toVersion: outcome.entry.version,
              reason: change.reason,
              fields: changedFields(contentOf(current), next),
            },
            now,
          );
        }
        return { ok: true, value: outcome };
      });
    },

    archive(slug, change, actor, now) {
      return setStatus(slug, "archived", change, actor, now);
    },

    restore(slug, change, actor, now) {
      return setStatus(slug, "published", change, actor, now);
    },

    history(slug): FaqHistory | null {
      const entry = findEntry(db, slug);
      if (!entry) return null;
      const revisions = db
        .select()
        .from(faqRevisions)
        .where(eq(faqRevisions.entryId, entry.id))
        .orderBy(sql`${faqRevisions.version} desc`)
        .all()
        .map(revisionFromRow);
      return { entry, revisions };
    },

    revert(slug, version, change, actor, now) {
      return write((tx): FaqResult<FaqEditOutcome> => {
        const current = findEntry(tx, slug);
        if (!current) return { ok: false, code: "not-found" };
        if (isStale(current, change.expectedVersion)) return { ok: false, code: "conflict", current };
        if (version === current.version) return { ok: true, value: { entry: current, changed: false } };
        const revisionRow = tx
          .select()
          .from(faqRevisions)
          .where(and(eq(faqRevisions.entryId, current.id), eq(faqRevisions.version, version)))
          .get();
        if (!revisionRow) return { ok: false, code: "no-such-version" };
        const revision = revisionFromRow(revisionRow);
        const next: FaqContent = {
          ...contentOf(current),
          question: revision.question,
          answer: revision.answer,
          aliases: revision.aliases,
          tags: revision.tags,
          sources: revision.sources,
          criteria: revision.criteria,
          reviewBy: revision.reviewBy,
        };
        const reason = change.reason?.trim() || `revert to version ${version}`;
        const outcome = writes.replaceContent(current, next, reason, actor, now);
        if (outcome.changed) {
          audit(
            tx,
            actor,
            "faq.revert",
            slug,
            { fromVersion: current.version, toVersion: outcome.entry.version, revertedTo: version, reason },
            now,
          );
        }
        return { ok: true, value: outcome };
      });
    },

    listStale(now) {
      const today = now.toISOString().slice(0, 10);
      return db
        .select()
        .from(faqEntries)
        .where(and(eq(faqEntries.status, "published"), sql`${faqEntries.reviewBy} < ${today}`))
        .orderBy(asc(faqEntries.reviewBy), asc(faqEntries.slug))
        .all()
        .map(entryFromRow);
    },

    suggest(input, actor, now) {
      return write((tx) => fileSuggestion(tx, input, actor, now));
    },

    saveThreadAnswerAsSuggestion(capture: ThreadAnswerCapture, actor, now) {
      const text = captureThreadAnswer(capture.openingQuestion, capture.answerText);
      return write((tx) =>
        fileSuggestion(
          tx,
          {
            question: text.question,
            answer: text.answer,
            channelId: capture.channelId,
            threadId: capture.threadId,
            messageLink: capture.answerMessageLink,
          },
          actor,
          now,
        ),
      );
    },

    getSuggestion(id) {
      return findSuggestion(db, id);
    },

    listQueue(limit = 25) {
      return db
        .select()
        .from(faqSuggestions)
        .where(eq(faqSuggestions.status, "pending"))
        .orderBy(asc(faqSuggestions.createdAt), asc(faqSuggestions.id))
        .limit(limit)
        .all()
        .map((row) => suggestionFromRow(row, null));
    },

    approve(id, approval: FaqApproval, actor, now) {
      return write((tx): FaqResult<{ suggestion: FaqSuggestion; entry: FaqEntry }> => {
        const suggestion = findSuggestion(tx, id);
        if (!suggestion) return { ok: false, code: "not-found" };
        if (suggestion.status !== "pending") return { ok: false, code: "wrong-state" };
        const question = approval.question ?? suggestion.question;
        const slug =
          approval.slug ?? slugFromQuestion(question, (candidate) => findEntry(tx, candidate) !== null);
        if (findEntry(tx, slug)) return { ok: false, code: "slug-taken" };
        const entry = writes.insertEntry(
          completeEntry({ ...approval, slug, question, answer: approval.answer ?? suggestion.answer }),
          now,
        );
        tx.update(faqSuggestions)
          .set({
            status: "approved",
            decidedBy: actor.userId,
            decidedAt: now.toISOString(),
            createdEntryId: entry.id,
          })
          .where(eq(faqSuggestions.id, id))
          .run();
        const edited = approval.question !== undefined || approval.answer !== undefined;
        audit(tx, actor, "faq.approve", `suggestion:${id}`, { slug, edited }, now);
        const decided = findSuggestion(tx, id);
        if (!decided) throw new Error(`suggestion ${id} vanished inside its own transaction`);
        return { ok: true, value: { suggestion: decided, entry } };
      });
    },

    reject(id, reason, actor, now) {
      return write((tx): FaqResult<FaqSuggestion> => {
        const suggestion = findSuggestion(tx, id);
        if (!suggestion) return { ok: false, code: "not-found" };
        if (suggestion.status !== "pending") return { ok: false, code: "wrong-state" };
        tx.update(faqSuggestions)
          .set({ status: "rejected", decidedBy: actor.userId, decidedAt: now.toISOString(), reason })
          .where(eq(faqSuggestions.id, id))
          .run();
        audit(tx, actor, "faq.reject", `suggestion:${id}`, { reason }, now);
        const decided = findSuggestion(tx, id);
        if (!decided) throw new Error(`suggestion ${id} vanished inside its own transaction`);
        return { ok: true, value: decided };
      });
    },

    exportEntries(): FaqEntryInput[] {
      return db
        .select()
        .from(faqEntries)
        .where(eq(faqEntries.status, "published"))
        .orderBy(asc(faqEntries.slug))
        .all()
        .map((row) => contentOf(entryFromRow(row)));
    },

    importEntries(entries, options: FaqImportOptions, actor, now): FaqImportOutcome {
      const incoming = entries.map(completeEntry);
      const run = (tx: Database): FaqImportOutcome => {
        const existing = new Map<string, ExistingFaqEntry & { entry: FaqEntry }>();
        for (const row of tx.select().from(faqEntries).all()) {
          const entry = entryFromRow(row);
          existing.set(entry.slug, { ...contentOf(entry), status: entry.status, entry });
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
          writes.insertEntry(entry, now);
          step();
        }
        for (const next of plan.change) {
          const current = existing.get(next.slug)?.entry;
          if (!current) throw new Error(`import plan names ${next.slug}, which is not in the database`);
          writes.replaceContent(current, next, "import", actor, now);
          if (current.status === "archived") {
            writes.setStatus(current.id, "published");
          }
          step();
        }
        for (const slug of plan.archive) {
          const current = existing.get(slug)?.entry;
          if (current) writes.setStatus(current.id, "archived");
          step();
        }
        if (total > 0) {
          audit(
            tx,
            actor,
            "faq.import",
            "faq",
            {
              replace: options.replace,
              added: outcome.added.length,
              changed: outcome.changed.length,
              unchanged: outcome.unchanged.length,
              archived: outcome.archived.length,
            },
            now,
          );
        }
        return outcome;
      };
      // A dry run only reads, so it takes no write lock.
      return options.dryRun ? run(db) : write(run);
    },
  };

  function setStatus(
    slug: string,
    status: "published" | "archived",
    change: { reason?: string; expectedVersion?: number },
    actor: FaqActor,
    now: Date,
  ): FaqResult<FaqEntry> {
    return write((tx): FaqResult<FaqEntry> => {
      const current = findEntry(tx, slug);
      if (!current) return { ok: false, code: "not-found" };
      if (isStale(current, change.expectedVersion)) return { ok: false, code: "conflict", current };
      if (current.status === status) return { ok: false, code: "wrong-state", current };
      // Archiving changes visibility, not text: no revision and no new version, so history stays
      // a list of texts; the audit row records who archived or restored it and why.
      writes.setStatus(current.id, status);
      const action = status === "archived" ? "faq.archive" : "faq.restore";
      audit(tx, actor, action, slug, { version: current.version, reason: change.reason ?? null }, now);
      return { ok: true, value: { ...current, status } };
    });
  }
}

function publishedWithTag(tag: string | undefined) {
  const published = eq(faqEntries.status, "published");
  if (tag === undefined) return published;
  return and(
    published,
    sql`exists (select 1 from json_each(${faqEntries.tags}) where value = ${tag.toLowerCase()})`,
  );
}

function findEntry(db: Database, slug: string): FaqEntry | null {
  const row = db.select().from(faqEntries).where(eq(faqEntries.slug, slug)).get();
  return row ? entryFromRow(row) : null;
}

function findSuggestion(db: Database, id: number): FaqSuggestion | null {
  const row: FaqSuggestionRow | undefined = db
    .select()
    .from(faqSuggestions)
    .where(eq(faqSuggestions.id, id))
    .get();
  if (!row) return null;
  const createdSlug =
    row.createdEntryId === null
      ? null
      : (db
          .select({ slug: faqEntries.slug })
          .from(faqEntries)
          .where(eq(faqEntries.id, row.createdEntryId))
          .get()?.slug ?? null);
  return suggestionFromRow(row, createdSlug);
}

function isStale(current: FaqEntry, expectedVersion: number | undefined): boolean {
  return expectedVersion !== undefined && expectedVersion !== current.version;
}

function applyPatch(current: FaqContent, patch: FaqEntryPatch): FaqContent {
  return {
    slug: current.slug,
    question: patch.question ?? current.question,
    answer: patch.answer ?? current.answer,
    aliases: patch.aliases ?? current.aliases,
    tags: patch.tags ?? current.tags,
    sources: patch.sources ?? current.sources,
    criteria: patch.criteria ?? current.criteria,
    owner: patch.owner !== undefined ? patch.owner : current.owner,
    reviewBy: patch.reviewBy !== undefined ? patch.reviewBy : current.reviewBy,
  };
}

function changedFields(before: FaqContent, after: FaqContent): string[] {
  const keys = ["question", "answer", "aliases", "tags", "sources", "criteria", "owner", "reviewBy"] as const;
  return keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

function fileSuggestion(
  tx: Database,
  input: FaqSuggestionInput,
  actor: FaqActor,
  now: Date,
): FaqResult<FaqSuggestOutcome> {
  const link = input.messageLink ?? null;
  if (link !== null) {
    // The same message saved twice (two moderators, a double click) files one suggestion.
    const pending = tx
      .select()
      .from(faqSuggestions)
      .where(and(eq(faqSuggestions.messageLink, link), eq(faqSuggestions.status, "pending")))
      .get();
    if (pending)
      return { ok: true, value: { suggestion: suggestionFromRow(pending, null), duplicate: true } };
  }
  const row = tx
    .insert(faqSuggestions)
    .values({
      question: input.question,
      answer: input.answer,
      platform: actor.platform,
      communityId: actor.communityId,
      channelId: input.channelId ?? null,
      threadId: input.threadId ?? null,
      messageLink: link,
      suggestedBy: actor.userId,
      status: "pending",
      createdAt: now.toISOString(),
    })
    .returning()
    .get();
  return { ok: true, value: { suggestion: suggestionFromRow(row, null), duplicate: false } };
}

function audit(
  tx: Database,
  actor: FaqActor,
  action: string,
  target: string,
  detail: Record<string, unknown>,
  now: Date,
): void {
  tx.insert(auditLog)
    .values({
      actor: actor.userId,
      platform: actor.platform,
      community: actor.communityId,
      action,
      target,
      detail,
      at: now.toISOString(),
    })
    .run();
}
