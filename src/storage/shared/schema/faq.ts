import { type Engine, type IndexSpec, index, type SchemaKit, uniqueIndex } from "./schema-kit.js";

/**
 * FAQ tables. Timestamps are ISO-8601 UTC strings so that they sort as text and read the same in a
 * dump; `review_by` is a calendar date (YYYY-MM-DD). Every entry belongs to one community, and a
 * slug is unique within it.
 *
 * Full-text search is each engine's own: SQLite's FTS5 virtual table cannot be described in drizzle
 * and lives in the custom migrations (migrations/sqlite/*_faq_fts.sql, *_communities.sql);
 * PostgreSQL adds a generated tsvector column and its GIN index as `entrySearch`.
 */

/** Columns one engine adds to faq_entries for its full-text search, with their indexes. */
export interface EntrySearchColumns<X> {
  columns: X;
  indexes: IndexSpec<keyof X & string>[];
}

export function faqTables<E extends Engine, X extends object = Record<never, never>>(
  k: SchemaKit<E>,
  entrySearch?: EntrySearchColumns<X>,
) {
  /** The columns an entry's text is made of, shared by the entry and its earlier versions. */
  const entryText = () => ({
    question: k.requiredText("question"),
    answer: k.requiredText("answer"),
    aliases: k.jsonList("aliases"),
    tags: k.jsonList("tags"),
    sources: k.jsonList("sources"),
    /** Ruleset criterion ids the answer relies on, so a ruleset change can flag the entry. */
    criteria: k.jsonList("criteria"),
    reviewBy: k.text("review_by"),
  });

  const entryColumns = {
    id: k.rowId("id"),
    communityId: k.ownerCommunity(),
    slug: k.requiredText("slug"),
    ...entryText(),
    owner: k.text("owner"),
    status: k.oneOfWithDefault("status", ["published", "archived"], "published"),
    /** Starts at 1 and grows by one with every content change; edits check it (optimistic locking). */
    version: k.counterFromOne("version"),
    createdAt: k.requiredText("created_at"),
    updatedAt: k.requiredText("updated_at"),
    /** The starter-pack entry this one was copied from, and a hash of that text when copied. */
    starterSlug: k.text("starter_slug"),
    starterHash: k.text("starter_hash"),
    /** Why a moderator should look at the entry again (e.g. the starter pack corrected it). */
    reviewFlag: k.text("review_flag"),
  };
  const faqEntries = k.table(
    "faq_entries",
    { ...entryColumns, ...(entrySearch?.columns as X) },
    {
      indexes: [
        uniqueIndex("faq_entries_community_slug_unique", "communityId", "slug"),
        index("faq_entries_community_status_review_by_idx", "communityId", "status", "reviewBy"),
        ...(entrySearch?.indexes ?? []),
      ],
    },
  );

  /** The text an entry had before a change: the row with version N holds version N of the entry. */
  const faqRevisions = k.table(
    "faq_revisions",
    {
      id: k.rowId("id"),
      entryId: k.reference("entry_id", () => faqEntries, "cascade"),
      version: k.requiredInteger("version"),
      ...entryText(),
      changedBy: k.requiredText("changed_by"),
      changedAt: k.requiredText("changed_at"),
      reason: k.requiredText("reason"),
    },
    { indexes: [uniqueIndex("faq_revisions_entry_version_unique", "entryId", "version")] },
  );

  /** Proposed entries waiting for a moderator, with a link back to where they came from. */
  const faqSuggestions = k.table(
    "faq_suggestions",
    {
      id: k.rowId("id"),
      communityId: k.ownerCommunity(),
      question: k.requiredText("question"),
      answer: k.requiredText("answer"),
      /** Where it was suggested. */
      ...k.place(),
      channelId: k.text("channel_id"),
      threadId: k.text("thread_id"),
      messageLink: k.text("message_link"),
      /**
       * The question's wording key (wordingKey), so that a suggestion in the same words as a pending
       * one is merged into it instead of filed again. Null on rows from before it was kept.
       */
      normalisedQuestion: k.text("normalised_question"),
      /** Who wrote the captured answer message (Save as FAQ), whose consent the web needs. */
      answerAuthorId: k.text("answer_author_id"),
      suggestedBy: k.requiredText("suggested_by"),
      status: k.oneOfWithDefault("status", ["pending", "approved", "rejected"], "pending"),
      decidedBy: k.text("decided_by"),
      decidedAt: k.text("decided_at"),
      reason: k.text("reason"),
      createdEntryId: k.optionalReference("created_entry_id", () => faqEntries, "set null"),
      createdAt: k.requiredText("created_at"),
    },
    {
      indexes: [
        index("faq_suggestions_community_status_created_idx", "communityId", "status", "createdAt"),
        index("faq_suggestions_message_link_idx", "communityId", "messageLink"),
        index("faq_suggestions_community_wording_idx", "communityId", "status", "normalisedQuestion"),
      ],
    },
  );

  /**
   * Members who suggested the same thing as a pending suggestion: their suggestion was merged into
   * it, and the queue can sort by how many asked. One row per member per suggestion.
   */
  const faqSuggestionSupporters = k.table(
    "faq_suggestion_supporters",
    {
      id: k.rowId("id"),
      suggestionId: k.reference("suggestion_id", () => faqSuggestions, "cascade"),
      platform: k.requiredText("platform"),
      memberId: k.requiredText("member_id"),
      createdAt: k.requiredText("created_at"),
    },
    { indexes: [uniqueIndex("faq_suggestion_supporters_unique", "suggestionId", "platform", "memberId")] },
  );

  return { faqEntries, faqRevisions, faqSuggestions, faqSuggestionSupporters };
}
