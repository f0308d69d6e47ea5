import { and, asc, desc, eq, sql } from "drizzle-orm";
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
import { suggestionFromRow } from "../sqlite/faq-rows.js";
import { writeAuditEvent } from "./audit.js";
import { entryWritesOn } from "./faq-entry-writes.js";
import { findEntry, findSuggestion, slugsStartingWith } from "./faq-lookups.js";
import { type Database, lockOf, type PostgresHandle } from "./postgres-handle.js";
import { faqSuggestionSupporters, faqSuggestions } from "./schema/faq.js";
import { webConsents } from "./schema/web-consents.js";

/** The moderators' queue over PostgreSQL; each decision is one transaction under the community's lock. */
export function createPostgresFaqSuggestionStore({ db, write }: PostgresHandle): FaqSuggestionStore {
  const decide = async (
    tx: Database,
    community: CommunityId,
    id: number,
    decision: Partial<typeof faqSuggestions.$inferInsert>,
  ) => {
    await tx
      .update(faqSuggestions)
      .set(decision)
      .where(communityRowWhere(faqSuggestions, community, "id", id));
    const decided = await findSuggestion(tx, community, id);
    if (!decided) throw new Error(`suggestion ${id} vanished inside its own transaction`);
    return decided;
  };
  const file = (community: CommunityId, input: FaqSuggestionInput, actor: FaqActor, now: Date) =>
    write([lockOf.community(community)], (tx) => fileSuggestion(tx, community, input, actor, now));

  return {
    suggest: file,

    saveThreadAnswerAsSuggestion(community, capture, actor, now) {
      const input = suggestionInputFromCapture(capture);
      return file(community, input, actor, now);
    },

    getSuggestion: (community, id) => findSuggestion(db, community, id),

    async listQueue(community, limit = 25, view = { sort: "oldest" }) {
      // Qualified by hand: inside the subquery a bare "id" would be the supporters' own.
      const askedBy = sql<number>`1 + (SELECT count(*) FROM faq_suggestion_supporters s WHERE s.suggestion_id = "faq_suggestions"."id")::int`;
      // strpos() rather than LIKE: the moderator's text is matched as typed, % and _ included.
      const containing = view.text
        ? sql`(strpos(lower(${faqSuggestions.question}), lower(${view.text})) > 0 OR strpos(lower(${faqSuggestions.answer}), lower(${view.text})) > 0)`
        : undefined;
      const order = {
        oldest: [asc(faqSuggestions.createdAt), asc(faqSuggestions.id)],
        newest: [desc(faqSuggestions.createdAt), desc(faqSuggestions.id)],
        "most-asked": [sql`${askedBy} DESC`, asc(faqSuggestions.createdAt), asc(faqSuggestions.id)],
      }[view.sort];
      const rows = await db
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
        .limit(limit);
      return rows.map(({ row, askedBy: asked }) => ({ ...suggestionFromRow(row, null), askedBy: asked }));
    },

    approve: (community, id, approval, actor, now) =>
      write(
        [lockOf.community(community)],
        async (tx): Promise<FaqResult<{ suggestion: FaqSuggestion; entry: FaqEntry }>> => {
          const pending = decidable(await findSuggestion(tx, community, id));
          if (!pending.ok) return pending;
          const suggestion = pending.value;
          const question = approval.question ?? suggestion.question;
          // slugFromQuestion asks synchronously whether a slug is taken; it only ever asks about its
          // base slug and `base-N`, so those are read first, in one indexed query.
          const base = slugFromQuestion(question, () => false);
          const taken = await slugsStartingWith(tx, community, base);
          const slug = approval.slug ?? slugFromQuestion(question, (candidate) => taken.has(candidate));
          if (await findEntry(tx, community, slug)) return { ok: false, code: "slug-taken" };
          const answer = approval.answer ?? suggestion.answer;
          const entry = await entryWritesOn(tx).insertEntry(
            community,
            completeEntry({ ...approval, slug, question, answer }),
            now,
          );
          // The author's answer, if they gave one before the approval, now concerns this entry.
          await tx
            .update(webConsents)
            .set({ entryId: entry.id })
            .where(and(eq(webConsents.communityId, community), eq(webConsents.suggestionId, id)));
          const decided = await decide(tx, community, id, approvedColumns(actor, now, entry.id));
          await writeAuditEvent(tx, community, actor, approveAudit(id, slug, approval), now);
          return { ok: true, value: { suggestion: decided, entry } };
        },
      ),

    reject: (community, id, reason, actor, now) =>
      write([lockOf.community(community)], async (tx): Promise<FaqResult<FaqSuggestion>> => {
        const pending = decidable(await findSuggestion(tx, community, id));
        if (!pending.ok) return pending;
        const decided = await decide(tx, community, id, rejectedColumns(actor, now, reason));
        await writeAuditEvent(tx, community, actor, rejectAudit(id, reason), now);
        return { ok: true, value: decided };
      }),
  };
}

async function fileSuggestion(
  tx: Database,
  community: CommunityId,
  input: FaqSuggestionInput,
  actor: FaqActor,
  now: Date,
): Promise<FaqResult<FaqSuggestOutcome>> {
  const link = input.messageLink ?? null;
  if (link !== null) {
    // The same message saved twice (two moderators, a double click) files one suggestion.
    const [pending] = await tx
      .select()
      .from(faqSuggestions)
      .where(pendingSuggestionsWhere(faqSuggestions, community, eq(faqSuggestions.messageLink, link)));
    if (pending)
      return { ok: true, value: { suggestion: suggestionFromRow(pending, null), duplicate: true } };
  }
  const normalisedQuestion = wordingKey(input.question);
  // The same question in the same words as a pending one is merged into it (as on SQLite); the
  // community's lock, held by the caller, keeps two such suggestions from both being filed.
  const [sameWording] = await tx
    .select()
    .from(faqSuggestions)
    .where(
      pendingSuggestionsWhere(
        faqSuggestions,
        community,
        eq(faqSuggestions.normalisedQuestion, normalisedQuestion),
      ),
    )
    .limit(1);
  if (sameWording) {
    const supporter = supporterRowOf(sameWording, actor, now);
    if (supporter) await tx.insert(faqSuggestionSupporters).values(supporter).onConflictDoNothing();
    return { ok: true, value: { suggestion: suggestionFromRow(sameWording, null), duplicate: true } };
  }
  const [row] = await tx
    .insert(faqSuggestions)
    .values({ ...suggestionInsertValues(community, input, actor, now), normalisedQuestion })
    .returning();
  if (!row) throw new Error("the suggestion was not inserted");
  return { ok: true, value: { suggestion: suggestionFromRow(row, null), duplicate: false } };
}
