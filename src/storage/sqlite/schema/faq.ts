import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * FAQ tables. Lists (aliases, tags, sources, criteria) are JSON arrays in text columns: they are
 * small, always read whole, and SQLite has no array type. Timestamps are ISO-8601 UTC strings so
 * that they sort as text and read the same in a dump; `review_by` is a calendar date (YYYY-MM-DD).
 *
 * The full-text index (faq_fts) is not declared here: drizzle cannot describe FTS5 virtual
 * tables, so it lives in the custom migration migrations/*_faq_fts.sql with its sync triggers.
 */

export const faqEntries = sqliteTable(
  "faq_entries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    question: text("question").notNull(),
    answer: text("answer").notNull(),
    aliases: text("aliases", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    tags: text("tags", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    sources: text("sources", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    /** Ruleset criterion ids the answer relies on, so a ruleset change can flag the entry. */
    criteria: text("criteria", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    owner: text("owner"),
    reviewBy: text("review_by"),
    status: text("status", { enum: ["published", "archived"] })
      .notNull()
      .default("published"),
    /** Starts at 1 and grows by one with every content change; edits check it (optimistic locking). */
    version: integer("version").notNull().default(1),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (table) => [
    uniqueIndex("faq_entries_slug_unique").on(table.slug),
    index("faq_entries_status_review_by_idx").on(table.status, table.reviewBy),
  ],
);

/** The text an entry had before a change: the row with version N holds version N of the entry. */
export const faqRevisions = sqliteTable(
  "faq_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entryId: integer("entry_id")
      .notNull()
      .references(() => faqEntries.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    question: text("question").notNull(),
    answer: text("answer").notNull(),
    aliases: text("aliases", { mode: "json" }).$type<string[]>().notNull(),
    tags: text("tags", { mode: "json" }).$type<string[]>().notNull(),
    sources: text("sources", { mode: "json" }).$type<string[]>().notNull(),
    criteria: text("criteria", { mode: "json" }).$type<string[]>().notNull(),
    reviewBy: text("review_by"),
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
    id: integer("id").primaryKey({ autoIncrement: true }),
    question: text("question").notNull(),
    answer: text("answer").notNull(),
    platform: text("platform").notNull(),
    communityId: text("community_id").notNull(),
    channelId: text("channel_id"),
    threadId: text("thread_id"),
    messageLink: text("message_link"),
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
    index("faq_suggestions_status_created_idx").on(table.status, table.createdAt),
    index("faq_suggestions_message_link_idx").on(table.messageLink),
  ],
);
