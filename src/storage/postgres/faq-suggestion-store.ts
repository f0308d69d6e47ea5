import { asc, desc, sql } from "drizzle-orm";
import type { FaqSuggestionOps } from "../shared/faq-suggestion-store.js";
import { queuedSuggestionsWhere } from "../shared/store-predicates.js";
import { suggestionFromRow } from "../sqlite/faq-rows.js";
import { entryWritesOn } from "./faq-entry-writes.js";
import { faqLookupsOn, slugsStartingWith } from "./faq-lookups.js";
import type { Database } from "./postgres-handle.js";
import { faqSuggestionSupporters, faqSuggestions } from "./schema/faq.js";
import { webConsents } from "./schema/web-consents.js";

/** The queue's queries over PostgreSQL (its rules: shared/faq-suggestion-store.ts). */
export function postgresSuggestionOps(db: Database): FaqSuggestionOps {
  return {
    tables: { faqSuggestions, webConsents },
    insertEntry: entryWritesOn(db).insertEntry,
    ...faqLookupsOn(db),
    slugsStartingWith: (community, base) => slugsStartingWith(db, community, base),
    async pendingSuggestion(where) {
      const [row] = await db.select().from(faqSuggestions).where(where).limit(1);
      return row;
    },
    addSupporter: (row) => db.insert(faqSuggestionSupporters).values(row).onConflictDoNothing(),
    async insertSuggestion(values) {
      const [row] = await db.insert(faqSuggestions).values(values).returning();
      if (!row) throw new Error("the suggestion was not inserted");
      return row;
    },
    decideSuggestion: (decision, where) => db.update(faqSuggestions).set(decision).where(where),
    consentsConcern: (entryId, where) => db.update(webConsents).set({ entryId }).where(where),
    async queue(community, limit, view) {
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
        .where(queuedSuggestionsWhere(faqSuggestions, community, view.author, containing))
        .orderBy(...order)
        .limit(limit);
      return rows.map(({ row, askedBy: asked }) => ({ ...suggestionFromRow(row, null), askedBy: asked }));
    },
  };
}
