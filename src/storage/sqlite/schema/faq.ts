import { faqTables } from "../../shared/schema/faq.js";
import { sqliteKit } from "./schema-kit.js";

/** SQLite's full-text index over the entries is the FTS5 table of the custom migrations. */
export const { faqEntries, faqRevisions, faqSuggestions, faqSuggestionSupporters } = faqTables(sqliteKit);
