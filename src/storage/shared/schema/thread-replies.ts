import {
  type Engine,
  index,
  ownerCommunity,
  placeColumns,
  type SchemaKit,
  uniqueIndex,
} from "./schema-kit.js";

/**
 * The thread-reply path's memory. The unique key on (platform, space_id, thread_id) is what
 * makes "at most one answer per thread" true across platform retries, duplicate events, restarts
 * and every instance sharing the database: the answer is recorded (INSERT ... ON CONFLICT DO
 * NOTHING) before the reply is handed to an adapter, and only the writer whose row landed may post.
 */
export function threadReplyTables<E extends Engine>(k: SchemaKit<E>) {
  const { column } = k;
  const threadAnswers = k.table(
    "thread_answers",
    {
      id: column.rowId("id"),
      /** The stable id used in the reply's button ids. */
      replyId: column.requiredText("reply_id"),
      communityId: ownerCommunity(k),
      ...placeColumns(k),
      channelId: column.requiredText("channel_id"),
      threadId: column.requiredText("thread_id"),
      /** The message that was answered; a second delivery of it is recognised as a duplicate. */
      questionMessageId: column.requiredText("question_message_id"),
      askerId: column.requiredText("asker_id"),
      /** "posted" into the thread, or "shadow" (sent to the moderators' channel instead). */
      decision: k.oneOf("decision", ["posted", "shadow"]),
      slug: column.requiredText("slug"),
      confidence: column.requiredNumber("confidence"),
      /** Where the reply goes: the thread's channel, or the shadow channel (null: shadow with no channel set). */
      targetChannelId: column.text("target_channel_id"),
      /**
       * The question as asked (bounded), so that a "Not helpful" from the asker can lower the entry for
       * that wording and put the question on the moderators' list. Null on rows from before it was kept.
       */
      questionText: column.text("question_text"),
      /**
       * Empty for an answer. For a middle-band offer ("Might help" buttons instead of an answer): the
       * entries it showed, best first; a click names one by its position, never by its slug.
       */
      offeredSlugs: column.jsonList("offered_slugs"),
      /** The platform's id of the posted reply, once the adapter reports it. */
      postedMessageId: column.text("posted_message_id"),
      /** The instance holding the claim until the post is recorded (null on rows from before leases). */
      claimedBy: column.text("claimed_by"),
      /**
       * Until when the holder may post: after it, with nothing posted, another instance may take the
       * claim over. Null: the claim never lapses (nothing to post, or a row from before leases).
       */
      leaseExpiresAt: column.text("lease_expires_at"),
      createdAt: column.requiredText("created_at"),
      dismissedAt: column.text("dismissed_at"),
      dismissedBy: column.text("dismissed_by"),
    },
    {
      indexes: [
        uniqueIndex("thread_answers_thread_unique", "platform", "spaceId", "threadId"),
        uniqueIndex("thread_answers_reply_id_unique", "replyId"),
        index("thread_answers_community_idx", "communityId"),
        // The retention purge finds a community's old answers by date.
        index("thread_answers_community_created_idx", "communityId", "createdAt"),
        // Only unfinished claims carry a lease, so the sweep for lapsed ones reads a short index.
        {
          name: "thread_answers_open_lease_idx",
          on: ["platform", "leaseExpiresAt"],
          whereNotNull: "leaseExpiresAt",
        },
      ],
    },
  );

  /** One verdict per user per answer: a second click is refused by the unique key. */
  const threadFeedback = k.table(
    "thread_feedback",
    {
      id: column.rowId("id"),
      answerId: k.reference("answer_id", () => threadAnswers, "cascade"),
      userId: column.requiredText("user_id"),
      verdict: k.oneOf("verdict", ["helpful", "not-helpful"]),
      createdAt: column.requiredText("created_at"),
    },
    {
      indexes: [
        uniqueIndex("thread_feedback_answer_user_unique", "answerId", "userId"),
        index("thread_feedback_created_idx", "createdAt"),
      ],
    },
  );

  /** Questions the bot stayed silent on, for the moderators' view of what the FAQ lacks. */
  const unansweredQuestions = k.table(
    "unanswered_questions",
    {
      id: column.rowId("id"),
      communityId: ownerCommunity(k),
      ...placeColumns(k),
      channelId: column.requiredText("channel_id"),
      threadId: column.requiredText("thread_id"),
      messageId: column.requiredText("message_id"),
      authorId: column.requiredText("author_id"),
      /** The question as asked (trimmed to a bounded length). */
      text: column.requiredText("text"),
      /** Normalised text, so the same question asked twice is counted together. */
      normalisedText: column.requiredText("normalised_text"),
      reason: column.requiredText("reason"),
      bestSlug: column.text("best_slug"),
      bestConfidence: column.number("best_confidence"),
      createdAt: column.requiredText("created_at"),
      /** Set by /faq teach: the entry the question became an alias of (it leaves the list then). */
      taughtSlug: column.text("taught_slug"),
      taughtAt: column.text("taught_at"),
    },
    {
      indexes: [
        // A retried delivery of the same message is recorded once.
        uniqueIndex("unanswered_questions_message_unique", "platform", "spaceId", "messageId"),
        index("unanswered_questions_community_idx", "communityId", "normalisedText"),
        index("unanswered_questions_community_created_idx", "communityId", "createdAt"),
      ],
    },
  );

  /** When the bot last auto-answered in a channel, for the per-channel cooldown. */
  const channelAnswerTimes = k.table(
    "channel_answer_times",
    {
      communityId: ownerCommunity(k),
      ...placeColumns(k),
      channelId: column.requiredText("channel_id"),
      lastAnsweredAt: column.requiredText("last_answered_at"),
    },
    { indexes: [uniqueIndex("channel_answer_times_channel_unique", "platform", "spaceId", "channelId")] },
  );

  /** Clicks on a middle-band offer's entries: one per user per entry, counted as feedback. */
  const threadOfferClicks = k.table(
    "thread_offer_clicks",
    {
      id: column.rowId("id"),
      answerId: k.reference("answer_id", () => threadAnswers, "cascade"),
      userId: column.requiredText("user_id"),
      slug: column.requiredText("slug"),
      createdAt: column.requiredText("created_at"),
    },
    {
      indexes: [
        uniqueIndex("thread_offer_clicks_answer_user_slug_unique", "answerId", "userId", "slug"),
        index("thread_offer_clicks_created_idx", "createdAt"),
      ],
    },
  );

  /**
   * Entries an asker called "Not helpful" for a wording: the search leaves them out for that exact
   * (normalised) wording in that community, until a moderator teaches the wording to that entry.
   */
  const faqWordingDemotions = k.table(
    "faq_wording_demotions",
    {
      id: column.rowId("id"),
      communityId: ownerCommunity(k),
      normalisedText: column.requiredText("normalised_text"),
      slug: column.requiredText("slug"),
      createdAt: column.requiredText("created_at"),
    },
    { indexes: [uniqueIndex("faq_wording_demotions_unique", "communityId", "normalisedText", "slug")] },
  );

  return {
    threadAnswers,
    threadFeedback,
    unansweredQuestions,
    channelAnswerTimes,
    threadOfferClicks,
    faqWordingDemotions,
  };
}
