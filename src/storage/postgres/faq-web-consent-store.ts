import { asc } from "drizzle-orm";
import { capturedOriginJoin, type FaqWebConsentOps } from "../shared/faq-web-consent-store.js";
import type { Database } from "./postgres-handle.js";
import { faqEntries, faqSuggestions } from "./schema/faq.js";
import { webConsents } from "./schema/web-consents.js";

const tables = { webConsents, faqSuggestions, faqEntries };

/**
 * The web-consent store's queries over PostgreSQL; the rules are SQLite's (shared/faq-web-consent-store.ts),
 * and each write holds the community's advisory lock, so two instances cannot both ask a member first.
 */
export function postgresWebConsentOps(db: Database): FaqWebConsentOps {
  return {
    tables,
    async suggestionEntry(where) {
      const [row] = await db
        .select({ entryId: faqSuggestions.createdEntryId })
        .from(faqSuggestions)
        .where(where);
      return row;
    },
    consents: (where, order) =>
      db
        .select()
        .from(webConsents)
        .where(where)
        .orderBy(...order),
    insertConsents: (rows) => db.insert(webConsents).values([...rows]),
    updateConsents: (change, where) => db.update(webConsents).set(change).where(where),
    entrySlugs: (where) =>
      db.select({ id: faqEntries.id, slug: faqEntries.slug }).from(faqEntries).where(where),
    // PostgreSQL promises no order without ORDER BY; capture order keeps pages stable.
    captured(where) {
      const { selection, on } = capturedOriginJoin(tables);
      return db
        .select(selection)
        .from(faqSuggestions)
        .innerJoin(faqEntries, on)
        .where(where)
        .orderBy(asc(faqSuggestions.id));
    },
  };
}
