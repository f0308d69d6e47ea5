import { sql } from "drizzle-orm";
import { doublePrecision, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { jsonList, ownerCommunity, placeColumns, rowId } from "./columns.js";

/**
 * The thread-reply tables on PostgreSQL; the columns, keys and their meaning are those of
 * src/storage/sqlite/schema/thread-replies.ts. The unique (platform, space_id, thread_id) key is
 * the once-per-thread guarantee across every instance sharing the database.
 */

export const threadAnswers = pgTable(
  "thread_answers",
  {
    id: rowId(),
    replyId: text("reply_id").notNull(),
    communityId: ownerCommunity(),
    ...placeColumns(),
    channelId: text("channel_id").notNull(),
    threadId: text("thread_id").notNull(),
    questionMessageId: text("question_message_id").notNull(),
    askerId: text("asker_id").notNull(),
    decision: text("decision", { enum: ["posted", "shadow"] }).notNull(),
    slug: text("slug").notNull(),
    confidence: doublePrecision("confidence").notNull(),
    targetChannelId: text("target_channel_id"),
    questionText: text("question_text"),
    offeredSlugs: jsonList("offered_slugs").default(sql`'[]'::jsonb`),
    postedMessageId: text("posted_message_id"),
    claimedBy: text("claimed_by"),
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
    index("thread_answers_open_lease_idx")
      .on(table.platform, table.leaseExpiresAt)
      .where(sql`${table.leaseExpiresAt} IS NOT NULL`),
  ],
);

export const threadFeedback = pgTable(
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

export const unansweredQuestions = pgTable(
  "unanswered_questions",
  {
    id: rowId(),
    communityId: ownerCommunity(),
    ...placeColumns(),
    channelId: text("channel_id").notNull(),
    threadId: text("thread_id").notNull(),
    messageId: text("message_id").notNull(),
    authorId: text("author_id").notNull(),
    text: text("text").notNull(),
    normalisedText: text("normalised_text").notNull(),
    reason: text("reason").notNull(),
    bestSlug: text("best_slug"),
    bestConfidence: doublePrecision("best_confidence"),
    createdAt: text("created_at").notNull(),
    taughtSlug: text("taught_slug"),
    taughtAt: text("taught_at"),
  },
  (table) => [
    uniqueIndex("unanswered_questions_message_unique").on(table.platform, table.spaceId, table.messageId),
    index("unanswered_questions_community_idx").on(table.communityId, table.normalisedText),
    index("unanswered_questions_community_created_idx").on(table.communityId, table.createdAt),
  ],
);

export const channelAnswerTimes = pgTable(
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

export const threadOfferClicks = pgTable(
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

export const faqWordingDemotions = pgTable(
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
