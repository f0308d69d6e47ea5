import { index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { ownerCommunity, rowId } from "./columns.js";
import { faqEntries, faqSuggestions } from "./faq.js";

/**
 * Members' consent to their captured answers being on the public web, on PostgreSQL (rows,
 * columns and their meaning as in src/storage/sqlite/schema/web-consents.ts).
 */
export const webConsents = pgTable(
  "web_consents",
  {
    id: rowId(),
    communityId: ownerCommunity(),
    memberId: text("member_id").notNull(),
    suggestionId: integer("suggestion_id")
      .notNull()
      .references(() => faqSuggestions.id, { onDelete: "cascade" }),
    entryId: integer("entry_id").references(() => faqEntries.id, { onDelete: "set null" }),
    purpose: text("purpose", { enum: ["publish-answer", "credit-name"] }).notNull(),
    state: text("state", { enum: ["asked", "granted", "declined", "withdrawn"] }).notNull(),
    creditName: text("credit_name"),
    askedAt: text("asked_at").notNull(),
    decidedAt: text("decided_at"),
  },
  (table) => [
    uniqueIndex("web_consents_member_capture_purpose_unique").on(
      table.communityId,
      table.memberId,
      table.suggestionId,
      table.purpose,
    ),
    index("web_consents_suggestion_idx").on(table.suggestionId),
  ],
);
