import { eq, inArray } from "drizzle-orm";
import type { FaqWebConsentOps } from "../shared/faq-web-consent-store.js";
import {
  capturedSuggestionsWhere,
  communityRowWhere,
  consentsNewestFirst,
  consentsOfSuggestionsWhere,
  memberConsentsWhere,
} from "../shared/store-predicates.js";
import { faqEntries, faqSuggestions } from "./schema/faq.js";
import { webConsents } from "./schema/web-consents.js";
import type { Database } from "./sqlite-handle.js";

export function webConsentOpsOn(db: Database): FaqWebConsentOps {
  return {
    suggestionOf: (community, suggestionId) =>
      db
        .select({ entryId: faqSuggestions.createdEntryId })
        .from(faqSuggestions)
        .where(communityRowWhere(faqSuggestions, community, "id", suggestionId))
        .get(),
    memberRows: (community, memberId, suggestionId) =>
      db
        .select()
        .from(webConsents)
        .where(memberConsentsWhere(webConsents, community, memberId, suggestionId))
        .orderBy(...consentsNewestFirst(webConsents))
        .all(),
    insertRows: (rows) =>
      db
        .insert(webConsents)
        .values([...rows])
        .run(),
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
        )
        .run(),
    withdrawRows: (ids, decidedAt) =>
      db
        .update(webConsents)
        .set({ state: "withdrawn", creditName: null, decidedAt })
        .where(inArray(webConsents.id, ids))
        .run(),
    // A rowid lookup of an id list returns the rows in id order.
    rowsById: (ids) => db.select().from(webConsents).where(inArray(webConsents.id, ids)).all(),
    entrySlugs: (entryIds) =>
      db
        .select({ id: faqEntries.id, slug: faqEntries.slug })
        .from(faqEntries)
        .where(inArray(faqEntries.id, entryIds))
        .all(),
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
        .all(),
    rowsOfSuggestions: (community, suggestionIds) =>
      db
        .select()
        .from(webConsents)
        .where(consentsOfSuggestionsWhere(webConsents, community, suggestionIds))
        .all(),
  };
}
