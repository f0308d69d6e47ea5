import { sql } from "drizzle-orm";
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { jsonList, ownerCommunity, placeColumns, rowId } from "./columns.js";

/**
 * The thread-reply path's memory. The unique key on (platform, space_id, thread_id) is what
 * makes "at most one answer per thread" true across platform retries, duplicate events, restarts
 * and a second running copy: the answer is recorded (INSERT ... ON CONFLICT DO NOTHING) before the
 * reply is handed to an adapter, and only the writer whose row landed may post.
 */
export const threadAnswers = sqliteTable(
  "thread_answers",
  {
    id: rowId(),
    /** The stable id used in the reply's button ids. */
    replyId: text("reply_id").notNull(),
    communityId: ownerCommunity(),
    ...placeColumns(),
    channelId: text("channel_id").notNull(),
    threadId: text("thread_id").notNull(),
    /** The message that was answered; a second delivery of it is recognised as a duplicate. */
    questionMessageId: text("question_message_id").notNull(),
    askerId: text("asker_id").notNull(),
    /** "posted" into the thread, or "shadow" (sent to the moderators' channel instead). */
    decision: text("decision", { enum: ["posted", "shadow"] }).notNull(),
    slug: text("slug").notNull(),
    confidence: real("confidence").notNull(),
    /** Where the reply goes: the thread's channel, or the shadow channel (null: shadow with no channel set). */
    targetChannelId: text("target_channel_id"),
    /**
     * The question as asked (bounded), so that a "Not helpful" from the asker can lower the entry for
     * that wording and put the question on the moderators' list. Null on rows from before it was kept.
     */
    questionText: text("question_text"),
    /**
     * Empty for an answer. For a middle-band offer ("Might help" buttons instead of an answer): the
     * entries it showed, best first; a click names one by its position, never by its slug.
     */
    offeredSlugs: jsonList("offered_slugs").default(sql`'[]'`),
    /** The platform's id of the posted reply, once the adapter reports it. */
    postedMessageId: text("posted_message_id"),
    /** The instance holding the claim until the post is recorded (null on rows from before leases). */
    claimedBy: text("claimed_by"),
    /**
     * Until when the holder may post: after it, with nothing posted, another instance may take the
     * claim over. Null: the claim never lapses (nothing to post, or a row from before leases).
     */
    leaseExpiresAt: text("lease_expires_at"),
    createdAt: text("created_at").notNull(),
    dismissedAt: text("dismissed_at"),
    dismissedBy: text("dismissed_by"),
  },
  (table) => [
    uniqueIndex("thread_answers_thread_unique").on(table.platform, table.spaceId, table.threadId),
    uniqueIndex("thread_answers_reply_id_unique").on(table.replyId),
    index("thread_answers_community_idx").on(table.communityId),
    // The retention purge finds a community's old answers by date.
    index("thread_answers_community_created_idx").on(table.communityId, table.createdAt),
    // Only unfinished claims carry a lease, so the sweep for lapsed ones reads a short index.
    index("thread_answers_open_lease_idx")
      .on(table.platform, table.leaseExpiresAt)
      .where(sql`${table.leaseExpiresAt} IS NOT NULL`),
  ],
);

/** One verdict per user per answer: a second click is refused by the unique key. */
export const threadFeedback = sqliteTable(
  "thread_feedback",
  {
    id: rowId(),
    answerId: integer("answer_id")
      .notNull()
      .references(() => threadAnswers.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull(),
    verdict: text("verdict", { enum: ["helpful", "not-helpful"] }).notNull(),
    createdAt: text("created_at").notNull(),
  },
  (table) => [
    uniqueIndex("thread_feedback_answer_user_unique").on(table.answerId, table.userId),
    index("thread_feedback_created_idx").on(table.createdAt),
  ],
);

/** Questions the bot stayed silent on, for the moderators' view of what the FAQ lacks. */
export const unansweredQuestions = sqliteTable(
  "unanswered_questions",
  {
    id: rowId(),
    communityId: ownerCommunity(),
    ...placeColumns(),
    channelId: text("channel_id").notNull(),
    threadId: text("thread_id").notNull(),
    messageId: text("message_id").notNull(),
    authorId: text("author_id").notNull(),
    /** The question as asked (trimmed to a bounded length). */
    text: text("text").notNull(),
    /** Normalised text, so the same question asked twice is counted together. */
    normalisedText: text("normalised_text").notNull(),
    reason: text("reason").notNull(),
    bestSlug: text("best_slug"),
    bestConfidence: real("best_confidence"),
    createdAt: text("created_at").notNull(),
    /** Set by /faq teach: the entry the question became an alias of (it leaves the list then). */
    taughtSlug: text("taught_slug"),
    taughtAt: text("taught_at"),
  },
  (table) => [
    // A retried delivery of the same message is recorded once.
    uniqueIndex("unanswered_questions_message_unique").on(table.platform, table.spaceId, table.messageId),
    index("unanswered_questions_community_idx").on(table.communityId, table.normalisedText),
    index("unanswered_questions_community_created_idx").on(table.communityId, table.createdAt),
  ],
);

/** When the bot last auto-answered in a channel, for the per-channel cooldown. */
export const channelAnswerTimes = sqliteTable(
  "channel_answer_times",
  {
    communityId: ownerCommunity(),
    ...placeColumns(),
    channelId: text("channel_id").notNull(),
    lastAnsweredAt: text("last_answered_at").notNull(),
  },
  (table) => [
    uniqueIndex("channel_answer_times_channel_unique").on(table.platform, table.spaceId, table.channelId),
  ],
);

/** Clicks on a middle-band offer's entries: one per user per entry, counted as feedback. */
export const threadOfferClicks = sqliteTable(
  "thread_offer_clicks",
  {
    id: rowId(),
    answerId: integer("answer_id")
      .notNull()
      .references(() => threadAnswers.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull(),
    slug: text("slug").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (table) => [
    uniqueIndex("thread_offer_clicks_answer_user_slug_unique").on(table.answerId, table.userId, table.slug),
    index("thread_offer_clicks_created_idx").on(table.createdAt),
  ],
);

/**
 * Entries an asker called "Not helpful" for a wording: the search leaves them out for that exact
 * (normalised) wording in that community, until a moderator teaches the wording to that entry.
 */
export const faqWordingDemotions = sqliteTable(
  "faq_wording_demotions",
  {
    id: rowId(),
    communityId: ownerCommunity(),
    normalisedText: text("normalised_text").notNull(),
    slug: text("slug").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (table) => [
    uniqueIndex("faq_wording_demotions_unique").on(table.communityId, table.normalisedText, table.slug),
  ],
);
