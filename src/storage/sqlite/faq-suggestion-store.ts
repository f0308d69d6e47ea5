import { and, eq, sql } from "drizzle-orm";
import type { CommunityId } from "../../core/community.js";
import { completeEntry } from "../../core/faq/import/complete-entry.js";
import { slugFromQuestion } from "../../core/faq/import/slug-from-question.js";
import type {
  FaqActor,
  FaqEntry,
  FaqResult,
  FaqSuggestion,
  FaqSuggestionInput,
  FaqSuggestOutcome,
} from "../../core/faq/types.js";
import { wordingKey } from "../../core/faq/wording-key.js";
import type { FaqSuggestionStore } from "../../ports/faq-suggestion-store.js";
import { communityRowWhere, pendingSuggestionsWhere } from "../shared/store-predicates.js";
import {
  approveAudit,
  approvedColumns,
  decidable,
  rejectAudit,
  rejectedColumns,
  suggestionInputFromCapture,
  suggestionInsertValues,
  supporterRowOf,
} from "../shared/suggestion-rows.js";
import { writeAuditEvent } from "./audit.js";
import { findEntry, findSuggestion } from "./faq-lookups.js";
import { suggestionFromRow } from "./faq-rows.js";
import { faqSuggestionSupporters, faqSuggestions } from "./schema/faq.js";
import { webConsents } from "./schema/web-consents.js";
import type { Database, SqliteHandle } from "./sqlite-handle.js";

export function createSqliteFaqSuggestionStore(handle: SqliteHandle): FaqSuggestionStore {
  const { db, write, entryWrites } = handle;

  /** Marks a pending suggestion decided and reads it back, inside the caller's transaction. */
  const decide = (
    tx: Database,
    community: CommunityId,
    id: number,
    decision: Partial<typeof faqSuggestions.$inferInsert>,
  ) => {
    tx.update(faqSuggestions)
      .set(decision)
      .where(communityRowWhere(faqSuggestions, community, "id", id))
      .run();
    const decided = findSuggestion(tx, community, id);
    if (!decided) throw new Error(`suggestion ${id} vanished inside its own transaction`);
    return decided;
  };

  return {
    async suggest(community, input, actor, now) {
      return write((tx) => fileSuggestion(tx, community, input, actor, now));
    },

    async saveThreadAnswerAsSuggestion(community, capture, actor, now) {
      const input = suggestionInputFromCapture(capture);
      return write((tx) => fileSuggestion(tx, community, input, actor, now));
    },

    async getSuggestion(community, id) {
      return findSuggestion(db, community, id);
    },

    async listQueue(community, limit = 25, view = { sort: "oldest" }) {
      // Qualified by hand: inside the subquery a bare "id" would be the supporters' own.
      const askedBy = sql<number>`1 + (SELECT count(*) FROM faq_suggestion_supporters s WHERE s.suggestion_id = "faq_suggestions"."id")`;
      const text = view.text?.toLowerCase();
      // instr() rather than LIKE: the moderator's text is matched as typed, % and _ included.
      const containing = text
        ? sql`(instr(lower(${faqSuggestions.question}), ${text}) > 0 OR instr(lower(${faqSuggestions.answer}), ${text}) > 0)`
        : undefined;
      const order = {
        oldest: [sql`${faqSuggestions.createdAt} ASC`, sql`${faqSuggestions.id} ASC`],
        newest: [sql`${faqSuggestions.createdAt} DESC`, sql`${faqSuggestions.id} DESC`],
        "most-asked": [
          sql`${askedBy} DESC`,
          sql`${faqSuggestions.createdAt} ASC`,
          sql`${faqSuggestions.id} ASC`,
        ],
      }[view.sort];
      return db
        .select({ row: faqSuggestions, askedBy })
        .from(faqSuggestions)
        .where(
          and(
            eq(faqSuggestions.communityId, community),
            eq(faqSuggestions.status, "pending"),
            view.author ? eq(faqSuggestions.suggestedBy, view.author) : undefined,
            containing,
          ),
        )
        .orderBy(...order)
        .limit(limit)
        .all()
        .map(({ row, askedBy: asked }) => ({ ...suggestionFromRow(row, null), askedBy: asked }));
    },

    async approve(community, id, approval, actor, now) {
      return write((tx): FaqResult<{ suggestion: FaqSuggestion; entry: FaqEntry }> => {
        const pending = decidable(findSuggestion(tx, community, id));
        if (!pending.ok) return pending;
        const suggestion = pending.value;
        const question = approval.question ?? suggestion.question;
        const slug =
          approval.slug ??
          slugFromQuestion(question, (candidate) => findEntry(tx, community, candidate) !== null);
        if (findEntry(tx, community, slug)) return { ok: false, code: "slug-taken" };
        const entry = entryWrites.insertEntry(
          community,
          completeEntry({ ...approval, slug, question, answer: approval.answer ?? suggestion.answer }),
          now,
        );
        // The author's answer, if they gave one before the approval, now concerns this entry.
        tx.update(webConsents)
          .set({ entryId: entry.id })
          .where(and(eq(webConsents.communityId, community), eq(webConsents.suggestionId, id)))
          .run();
        const decided = decide(tx, community, id, approvedColumns(actor, now, entry.id));
        writeAuditEvent(tx, community, actor, approveAudit(id, slug, approval), now);
        return { ok: true, value: { suggestion: decided, entry } };
      });
    },

    async reject(community, id, reason, actor, now) {
      return write((tx): FaqResult<FaqSuggestion> => {
        const pending = decidable(findSuggestion(tx, community, id));
        if (!pending.ok) return pending;
        const decided = decide(tx, community, id, rejectedColumns(actor, now, reason));
        writeAuditEvent(tx, community, actor, rejectAudit(id, reason), now);
        return { ok: true, value: decided };
      });
    },
  };
}

function fileSuggestion(
  tx: Database,
  community: CommunityId,
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
      .where(pendingSuggestionsWhere(faqSuggestions, community, eq(faqSuggestions.messageLink, link)))
      .get();
    if (pending)
      return { ok: true, value: { suggestion: suggestionFromRow(pending, null), duplicate: true } };
  }
  const normalisedQuestion = wordingKey(input.question);
  // The same question in the same words as a pending one is merged into it: the queue shows it
  // once, with one more member asking, instead of burying other suggestions under copies.
  const sameWording = tx
    .select()
    .from(faqSuggestions)
    .where(
      pendingSuggestionsWhere(
        faqSuggestions,
        community,
        eq(faqSuggestions.normalisedQuestion, normalisedQuestion),
      ),
    )
    .get();
  if (sameWording) {
    const supporter = supporterRowOf(sameWording, actor, now);
    if (supporter) tx.insert(faqSuggestionSupporters).values(supporter).onConflictDoNothing().run();
    return { ok: true, value: { suggestion: suggestionFromRow(sameWording, null), duplicate: true } };
  }
  const row = tx
    .insert(faqSuggestions)
    .values({ ...suggestionInsertValues(community, input, actor, now), normalisedQuestion })
    .returning()
    .get();
  return { ok: true, value: { suggestion: suggestionFromRow(row, null), duplicate: false } };
}
