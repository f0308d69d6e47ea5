import { asc, eq, inArray } from "drizzle-orm";
import type { FaqWebConsentOps } from "../shared/faq-web-consent-store.js";
import {
  capturedSuggestionsWhere,
  communityRowWhere,
  consentsNewestFirst,
  consentsOfSuggestionsWhere,
  memberConsentsWhere,
} from "../shared/store-predicates.js";
import type { Database } from "./postgres-handle.js";
import { faqEntries, faqSuggestions } from "./schema/faq.js";
import { webConsents } from "./schema/web-consents.js";

/**
 * Members' web consent over PostgreSQL. The rules are shared with SQLite (shared/faq-web-consent-store.ts);
 * each write holds the community's advisory lock, so two instances cannot both ask a member first.
 */
export function webConsentOpsOn(db: Database): FaqWebConsentOps {
  return {
    suggestionOf: async (community, suggestionId) =>
      (
        await db
          .select({ entryId: faqSuggestions.createdEntryId })
          .from(faqSuggestions)
          .where(communityRowWhere(faqSuggestions, community, "id", suggestionId))
      )[0],
    memberRows: (community, memberId, suggestionId) =>
      db
        .select()
        .from(webConsents)
        .where(memberConsentsWhere(webConsents, community, memberId, suggestionId))
        .orderBy(...consentsNewestFirst(webConsents)),
    insertRows: (rows) => db.insert(webConsents).values([...rows]),
    decideRows: (community, memberId, suggestionId, { purpose, state, creditName }, decidedAt) =>
      db
        .update(webConsents)
        .set({ state, creditName, decidedAt })
        .where(
          memberConsentsWhere(
            webConsents,
            community,
            memberId,
            suggestionId,
            eq(webConsents.purpose, purpose),
          ),
        ),
    withdrawRows: (ids, decidedAt) =>
      db
        .update(webConsents)
        .set({ state: "withdrawn", creditName: null, decidedAt })
        .where(inArray(webConsents.id, ids)),
    // Row order, as SQLite's rowid lookup of the same id list returns them.
    rowsById: (ids) =>
      db.select().from(webConsents).where(inArray(webConsents.id, ids)).orderBy(asc(webConsents.id)),
    entrySlugs: (entryIds) =>
      db
        .select({ id: faqEntries.id, slug: faqEntries.slug })
        .from(faqEntries)
        .where(inArray(faqEntries.id, entryIds)),
    capturedRows: (community, inList) =>
      db
        .select({
          slug: faqEntries.slug,
          suggestionId: faqSuggestions.id,
          capturedAnswer: faqSuggestions.answer,
          authorId: faqSuggestions.answerAuthorId,
        })
        .from(faqSuggestions)
        .innerJoin(faqEntries, eq(faqEntries.id, faqSuggestions.createdEntryId))
        .where(capturedSuggestionsWhere(faqSuggestions, faqEntries.slug, community, inList))
        // PostgreSQL promises no order without ORDER BY; capture order keeps pages stable.
        .orderBy(asc(faqSuggestions.id)),
    rowsOfSuggestions: (community, suggestionIds) =>
      db
        .select()
        .from(webConsents)
        .where(consentsOfSuggestionsWhere(webConsents, community, suggestionIds)),
  };
}
