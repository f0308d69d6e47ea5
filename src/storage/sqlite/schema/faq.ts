import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { jsonList, ownerCommunity, placeColumns, rowId } from "./columns.js";

/**
 * FAQ tables. Timestamps are ISO-8601 UTC strings so that they sort as text and read the same in a
 * dump; `review_by` is a calendar date (YYYY-MM-DD). Every entry belongs to one community, and a
 * slug is unique within it.
 *
 * The full-text index (faq_fts) is not declared here: drizzle cannot describe FTS5 virtual
 * tables, so it lives in the custom migrations (migrations/sqlite/*_faq_fts.sql, *_communities.sql).
 */

/** The columns an entry's text is made of, shared by the entry and its earlier versions. */
const entryText = () => ({
  question: text("question").notNull(),
  answer: text("answer").notNull(),
  aliases: jsonList("aliases").default(sql`'[]'`),
  tags: jsonList("tags").default(sql`'[]'`),
  sources: jsonList("sources").default(sql`'[]'`),
  /** Ruleset criterion ids the answer relies on, so a ruleset change can flag the entry. */
  criteria: jsonList("criteria").default(sql`'[]'`),
  reviewBy: text("review_by"),
});

export const faqEntries = sqliteTable(
  "faq_entries",
  {
    id: rowId(),
    communityId: ownerCommunity(),
    slug: text("slug").notNull(),
    ...entryText(),
    owner: text("owner"),
    status: text("status", { enum: ["published", "archived"] })
      .notNull()
      .default("published"),
    /** Starts at 1 and grows by one with every content change; edits check it (optimistic locking). */
    version: integer("version").notNull().default(1),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
    /** The starter-pack entry this one was copied from, and a hash of that text when copied. */
    starterSlug: text("starter_slug"),
    starterHash: text("starter_hash"),
    /** Why a moderator should look at the entry again (e.g. the starter pack corrected it). */
    reviewFlag: text("review_flag"),
  },
  (table) => [
    uniqueIndex("faq_entries_community_slug_unique").on(table.communityId, table.slug),
    index("faq_entries_community_status_review_by_idx").on(table.communityId, table.status, table.reviewBy),
  ],
);

/** The text an entry had before a change: the row with version N holds version N of the entry. */
export const faqRevisions = sqliteTable(
  "faq_revisions",
  {
    id: rowId(),
    entryId: integer("entry_id")
      .notNull()
      .references(() => faqEntries.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    ...entryText(),
    changedBy: text("changed_by").notNull(),
    changedAt: text("changed_at").notNull(),
    reason: text("reason").notNull(),
  },
  (table) => [uniqueIndex("faq_revisions_entry_version_unique").on(table.entryId, table.version)],
);

/** Proposed entries waiting for a moderator, with a link back to where they came from. */
export const faqSuggestions = sqliteTable(
  "faq_suggestions",
  {
    id: rowId(),
    communityId: ownerCommunity(),
    question: text("question").notNull(),
    answer: text("answer").notNull(),
    /** Where it was suggested. */
    ...placeColumns(),
    channelId: text("channel_id"),
    threadId: text("thread_id"),
    messageLink: text("message_link"),
    /**
     * The question's wording key (wordingKey), so that a suggestion in the same words as a pending
     * one is merged into it instead of filed again. Null on rows from before it was kept.
     */
    normalisedQuestion: text("normalised_question"),
    /** Who wrote the captured answer message (Save as FAQ), whose consent the web needs. */
    answerAuthorId: text("answer_author_id"),
    suggestedBy: text("suggested_by").notNull(),
    status: text("status", { enum: ["pending", "approved", "rejected"] })
      .notNull()
      .default("pending"),
    decidedBy: text("decided_by"),
    decidedAt: text("decided_at"),
    reason: text("reason"),
    createdEntryId: integer("created_entry_id").references(() => faqEntries.id, { onDelete: "set null" }),
    createdAt: text("created_at").notNull(),
  },
  (table) => [
    index("faq_suggestions_community_status_created_idx").on(
      table.communityId,
      table.status,
      table.createdAt,
    ),
    index("faq_suggestions_message_link_idx").on(table.communityId, table.messageLink),
    index("faq_suggestions_community_wording_idx").on(
      table.communityId,
      table.status,
      table.normalisedQuestion,
    ),
  ],
);

/**
 * Members who suggested the same thing as a pending suggestion: their suggestion was merged into
 * it, and the queue can sort by how many asked. One row per member per suggestion.
 */
export const faqSuggestionSupporters = sqliteTable(
  "faq_suggestion_supporters",
  {
    id: rowId(),
    suggestionId: integer("suggestion_id")
      .notNull()
      .references(() => faqSuggestions.id, { onDelete: "cascade" }),
    platform: text("platform").notNull(),
    memberId: text("member_id").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (table) => [
    uniqueIndex("faq_suggestion_supporters_unique").on(table.suggestionId, table.platform, table.memberId),
  ],
);
