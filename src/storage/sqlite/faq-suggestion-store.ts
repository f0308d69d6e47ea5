import { and, eq, gte, lt, or, sql } from "drizzle-orm";
import type { FaqSuggestionOps } from "../shared/faq-suggestion-store.js";
import { queuedSuggestionsWhere } from "../shared/store-predicates.js";
import { faqLookupsOn } from "./faq-lookups.js";
import { suggestionFromRow } from "./faq-rows.js";
import { faqEntries, faqSuggestionSupporters, faqSuggestions } from "./schema/faq.js";
import { webConsents } from "./schema/web-consents.js";
import type { Database, SqliteHandle } from "./sqlite-handle.js";

/** The queue's queries over SQLite (its rules: shared/faq-suggestion-store.ts). */
export function sqliteSuggestionOps(handle: SqliteHandle): (db: Database) => FaqSuggestionOps {
  return (db) => ({
    tables: { faqSuggestions, webConsents },
    insertEntry: handle.entryWrites.insertEntry,
    ...faqLookupsOn(db),
    // Slugs compare bytewise (BINARY), so `base-…` is the range from "base-" up to "base.".
    slugsStartingWith: (community, base) =>
      new Set(
        db
          .select({ slug: faqEntries.slug })
          .from(faqEntries)
          .where(
            and(
              eq(faqEntries.communityId, community),
              or(
                eq(faqEntries.slug, base),
                and(gte(faqEntries.slug, `${base}-`), lt(faqEntries.slug, `${base}.`)),
              ),
            ),
          )
          .all()
          .map((row) => row.slug),
      ),
    pendingSuggestion: (where) => db.select().from(faqSuggestions).where(where).get(),
    addSupporter: (row) => db.insert(faqSuggestionSupporters).values(row).onConflictDoNothing().run(),
    insertSuggestion: (values) => db.insert(faqSuggestions).values(values).returning().get(),
    decideSuggestion: (decision, where) => db.update(faqSuggestions).set(decision).where(where).run(),
    consentsConcern: (entryId, where) => db.update(webConsents).set({ entryId }).where(where).run(),
    queue(community, limit, view) {
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
        .where(queuedSuggestionsWhere(faqSuggestions, community, view.author, containing))
        .orderBy(...order)
        .limit(limit)
        .all()
        .map(({ row, askedBy: asked }) => ({ ...suggestionFromRow(row, null), askedBy: asked }));
    },
  });
}
