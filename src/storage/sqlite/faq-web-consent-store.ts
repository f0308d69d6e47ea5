import { capturedOriginJoin, type FaqWebConsentOps } from "../shared/faq-web-consent-store.js";
import { faqEntries, faqSuggestions } from "./schema/faq.js";
import { webConsents } from "./schema/web-consents.js";
import type { Database } from "./sqlite-handle.js";

const tables = { webConsents, faqSuggestions, faqEntries };

/** The web-consent store's queries over SQLite (its rules: shared/faq-web-consent-store.ts). */
export function sqliteWebConsentOps(db: Database): FaqWebConsentOps {
  return {
    tables,
    suggestionEntry: (where) =>
      db.select({ entryId: faqSuggestions.createdEntryId }).from(faqSuggestions).where(where).get(),
    consents: (where, order) =>
      db
        .select()
        .from(webConsents)
        .where(where)
        .orderBy(...order)
        .all(),
    insertConsents: (rows) =>
      db
        .insert(webConsents)
        .values([...rows])
        .run(),
    updateConsents: (change, where) => db.update(webConsents).set(change).where(where).run(),
    entrySlugs: (where) =>
      db.select({ id: faqEntries.id, slug: faqEntries.slug }).from(faqEntries).where(where).all(),
    captured(where) {
      const { selection, on } = capturedOriginJoin(tables);
      return db.select(selection).from(faqSuggestions).innerJoin(faqEntries, on).where(where).all();
    },
  };
}
