import { type Engine, index, type SchemaKit, uniqueIndex } from "./schema-kit.js";

/**
 * The thread-reply path's memory. The unique key on (platform, space_id, thread_id) is what
 * makes "at most one answer per thread" true across platform retries, duplicate events, restarts
 * and every instance sharing the database: the answer is recorded (INSERT ... ON CONFLICT DO
 * NOTHING) before the reply is handed to an adapter, and only the writer whose row landed may post.
 */
export function threadReplyTables<E extends Engine>(k: SchemaKit<E>) {
  const threadAnswers = k.table(
    "thread_answers",
    {
      id: k.rowId("id"),
      /** The stable id used in the reply's button ids. */
      replyId: k.requiredText("reply_id"),
      communityId: k.ownerCommunity(),
      ...k.place(),
      channelId: k.requiredText("channel_id"),
      threadId: k.requiredText("thread_id"),
      /** The message that was answered; a second delivery of it is recognised as a duplicate. */
      questionMessageId: k.requiredText("question_message_id"),
      askerId: k.requiredText("asker_id"),
      /** "posted" into the thread, or "shadow" (sent to the moderators' channel instead). */
      decision: k.oneOf("decision", ["posted", "shadow"]),
      slug: k.requiredText("slug"),
      confidence: k.requiredNumber("confidence"),
      /** Where the reply goes: the thread's channel, or the shadow channel (null: shadow with no channel set). */
      targetChannelId: k.text("target_channel_id"),
      /**
       * The question as asked (bounded), so that a "Not helpful" from the asker can lower the entry for
       * that wording and put the question on the moderators' list. Null on rows from before it was kept.
       */
      questionText: k.text("question_text"),
      /**
       * Empty for an answer. For a middle-band offer ("Might help" buttons instead of an answer): the
       * entries it showed, best first; a click names one by its position, never by its slug.
       */
      offeredSlugs: k.jsonList("offered_slugs"),
      /** The platform's id of the posted reply, once the adapter reports it. */
      postedMessageId: k.text("posted_message_id"),
      /** The instance holding the claim until the post is recorded (null on rows from before leases). */
      claimedBy: k.text("claimed_by"),
      /**
       * Until when the holder may post: after it, with nothing posted, another instance may take the
       * claim over. Null: the claim never lapses (nothing to post, or a row from before leases).
       */
      leaseExpiresAt: k.text("lease_expires_at"),
      createdAt: k.requiredText("created_at"),
      dismissedAt: k.text("dismissed_at"),
      dismissedBy: k.text("dismissed_by"),
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
      id: k.rowId("id"),
      answerId: k.reference("answer_id", () => threadAnswers, "cascade"),
      userId: k.requiredText("user_id"),
      verdict: k.oneOf("verdict", ["helpful", "not-helpful"]),
      createdAt: k.requiredText("created_at"),
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
      id: k.rowId("id"),
      communityId: k.ownerCommunity(),
      ...k.place(),
      channelId: k.requiredText("channel_id"),
      threadId: k.requiredText("thread_id"),
      messageId: k.requiredText("message_id"),
      authorId: k.requiredText("author_id"),
      /** The question as asked (trimmed to a bounded length). */
      text: k.requiredText("text"),
      /** Normalised text, so the same question asked twice is counted together. */
      normalisedText: k.requiredText("normalised_text"),
      reason: k.requiredText("reason"),
      bestSlug: k.text("best_slug"),
      bestConfidence: k.number("best_confidence"),
      createdAt: k.requiredText("created_at"),
      /** Set by /faq teach: the entry the question became an alias of (it leaves the list then). */
      taughtSlug: k.text("taught_slug"),
      taughtAt: k.text("taught_at"),
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
      communityId: k.ownerCommunity(),
      ...k.place(),
      channelId: k.requiredText("channel_id"),
      lastAnsweredAt: k.requiredText("last_answered_at"),
    },
    { indexes: [uniqueIndex("channel_answer_times_channel_unique", "platform", "spaceId", "channelId")] },
  );

  /** Clicks on a middle-band offer's entries: one per user per entry, counted as feedback. */
  const threadOfferClicks = k.table(
    "thread_offer_clicks",
    {
      id: k.rowId("id"),
      answerId: k.reference("answer_id", () => threadAnswers, "cascade"),
      userId: k.requiredText("user_id"),
      slug: k.requiredText("slug"),
      createdAt: k.requiredText("created_at"),
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
      id: k.rowId("id"),
      communityId: k.ownerCommunity(),
      normalisedText: k.requiredText("normalised_text"),
      slug: k.requiredText("slug"),
      createdAt: k.requiredText("created_at"),
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
