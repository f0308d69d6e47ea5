import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { jsonList, ownerCommunity, placeColumns, rowId, tsvector } from "./columns.js";

/**
 * FAQ tables on PostgreSQL (columns and their meaning as in src/storage/sqlite/schema/faq.ts).
 * The one addition is `search`, the full-text document that stands in for SQLite's FTS5 table.
 */

const entryText = () => ({
  question: text("question").notNull(),
  answer: text("answer").notNull(),
  aliases: jsonList("aliases").default(sql`'[]'::jsonb`),
  tags: jsonList("tags").default(sql`'[]'::jsonb`),
  sources: jsonList("sources").default(sql`'[]'::jsonb`),
  criteria: jsonList("criteria").default(sql`'[]'::jsonb`),
  reviewBy: text("review_by"),
});

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

export const faqEntries = pgTable(
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
    version: integer("version").notNull().default(1),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
    starterSlug: text("starter_slug"),
    starterHash: text("starter_hash"),
    reviewFlag: text("review_flag"),
    search: tsvector("search").notNull().generatedAlwaysAs(searchDocument),
  },
  (table) => [
    uniqueIndex("faq_entries_community_slug_unique").on(table.communityId, table.slug),
    index("faq_entries_community_status_review_by_idx").on(table.communityId, table.status, table.reviewBy),
    index("faq_entries_search_idx").using("gin", table.search),
  ],
);

export const faqRevisions = pgTable(
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

export const faqSuggestions = pgTable(
  "faq_suggestions",
  {
    id: rowId(),
    communityId: ownerCommunity(),
    question: text("question").notNull(),
    answer: text("answer").notNull(),
    ...placeColumns(),
    channelId: text("channel_id"),
    threadId: text("thread_id"),
    messageLink: text("message_link"),
    /** The question's wording key (wordingKey); null on rows from before it was kept. */
    normalisedQuestion: text("normalised_question"),
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

/** Members whose suggestion was merged into a pending one in the same words (see the SQLite twin). */
export const faqSuggestionSupporters = pgTable(
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
