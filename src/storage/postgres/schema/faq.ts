import { sql } from "drizzle-orm";
import { faqTables } from "../../shared/schema/faq.js";
import { tsvector } from "./column-kinds.js";
import { postgresKit } from "./schema-kit.js";

/**
 * The text configuration `gigdesk_fts` (custom migration 0000) tokenises and stems like FTS5's
 * `porter unicode61 remove_diacritics 2`: original Porter stemmer, no stop words, accents removed.
 * Weights A-D follow the FTS5 rank's column order (question, aliases, tags, answer). A generated
 * column needs no trigger and cannot drift from the row.
 */
const searchDocument = sql`
  setweight(to_tsvector('gigdesk_fts'::regconfig, question), 'A') ||
  setweight(jsonb_to_tsvector('gigdesk_fts'::regconfig, aliases, '["string"]'), 'B') ||
  setweight(jsonb_to_tsvector('gigdesk_fts'::regconfig, tags, '["string"]'), 'C') ||
  setweight(to_tsvector('gigdesk_fts'::regconfig, answer), 'D')`;

/** `search` is the full-text document that stands in for SQLite's FTS5 table. */
const entrySearch = {
  columns: { search: tsvector("search").notNull().generatedAlwaysAs(searchDocument) },
  indexes: [{ name: "faq_entries_search_idx", on: ["search" as const], using: "gin" as const }],
};

export const { faqEntries, faqRevisions, faqSuggestions, faqSuggestionSupporters } = faqTables(
  postgresKit,
  entrySearch,
);
