import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ownerCommunity, rowId } from "./columns.js";
import { faqEntries, faqSuggestions } from "./faq.js";

/**
 * A member's answer about their captured message being on the public web: one row per
 * (community, member, captured answer, purpose). `entry_id` is the entry the capture became, set
 * when a moderator approves it (or at once when it already was). A withdrawal keeps the row, so
 * the member is never asked again and the history of what they said stays readable.
 */
export const webConsents = sqliteTable(
  "web_consents",
  {
    id: rowId(),
    communityId: ownerCommunity(),
    /** The member's platform user id (the author of the captured message). */
    memberId: text("member_id").notNull(),
    suggestionId: integer("suggestion_id")
      .notNull()
      .references(() => faqSuggestions.id, { onDelete: "cascade" }),
    entryId: integer("entry_id").references(() => faqEntries.id, { onDelete: "set null" }),
    purpose: text("purpose", { enum: ["publish-answer", "credit-name"] }).notNull(),
    state: text("state", { enum: ["asked", "granted", "declined", "withdrawn"] }).notNull(),
    /** The name to credit, given with a credit-name consent. */
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
