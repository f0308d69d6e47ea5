import type { CommunitySettings } from "../community-settings.js";
import { LEARNED_MATCH_MODEL } from "./learned-match-model.js";
import type { IncomingThreadMessage, SilenceReason } from "./thread-reply-types.js";

/**
 * The smallest lead (in ranking score) the best match must keep over the runner-up. The calibrated
 * probability already falls as the lead shrinks; this floor catches two entries that say the same
 * thing, where even a high-looking probability would be a coin toss.
 */
export const MIN_RELEVANCE_MARGIN = 0.01;

/**
 * The default answer threshold, a calibrated probability of being right: learned with the model
 * (`npm run eval -- --write-model` picks the lowest probability at which held-out answers stayed
 * right at least 96% of the time). Because it is a probability, it means the same for every
 * community and FAQ size. Communities move it with /settings.
 */
export const DEFAULT_CONFIDENCE_THRESHOLD = LEARNED_MATCH_MODEL.answerThreshold;

/** What the matcher found, reduced to what the decision reads. */
export interface MatchVerdictInput {
  slug: string;
  confidence: number;
  /** The probability that it or the runner-up is right (tells "ambiguous" from "weak"). */
  standaloneConfidence: number;
  /** Ranking score minus the runner-up's. */
  margin: number;
}

export interface ThreadReplyDecisionInput {
  message: Pick<
    IncomingThreadMessage,
    "authorIsBot" | "isThreadStart" | "mentionsBot" | "channelId" | "channelKind"
  >;
  settings: Pick<CommunitySettings, "autoAnswerChannels" | "confidenceThreshold">;
  /** isQuestion(message.text), passed in so the caller can skip matching work for chit-chat. */
  readsAsQuestion: boolean;
  /**
   * False when the message is in a language the FAQ has no entry in (see gateByLanguage). Absent
   * means readable.
   */
  languageReadable?: boolean;
  best: MatchVerdictInput | null;
}

export type ThreadReplyDecision =
  | {
      kind: "answer";
      slug: string;
      confidence: number;
      /** True when only the channel's auto-answer setting brought the bot in (cooldown applies). */
      autoAnswer: boolean;
    }
  | {
      kind: "silent";
      reason: SilenceReason;
      /** Whether moderators should see the question in the unanswered list. */
      recordAsUnanswered: boolean;
    };

/** Auto-answers are on in this channel: every forum by default, or the channels a moderator listed. */
export function autoAnswersOn(
  settings: Pick<CommunitySettings, "autoAnswerChannels">,
  channel: { channelId: string; channelKind: "forum" | "text" },
): boolean {
  return settings.autoAnswerChannels === "forums"
    ? channel.channelKind === "forum"
    : settings.autoAnswerChannels.includes(channel.channelId);
}

/**
 * Whether the bot should answer a message, before the once-per-thread and cooldown checks (those
 * need the database and happen in one transaction with the record of the answer).
 *
 * Only questions the bot was asked, or could have answered in an auto-answer channel, are
 * recorded for the moderators' unanswered list. Everything else (a bot author, an ordinary reply,
 * an opening post where auto-answers are off, a message that asks nothing) is conversation the bot
 * has no business keeping: its text and author are never stored (issue 15, finding 6).
 */
export function decideThreadReply(input: ThreadReplyDecisionInput): ThreadReplyDecision {
  const { message, settings, best } = input;
  if (message.authorIsBot) return silent("bot-author", false);
  const autoAnswer = message.isThreadStart && autoAnswersOn(settings, message);
  if (!message.mentionsBot && !message.isThreadStart) return silent("not-addressed", false);
  // An opening post in a channel without auto-answers is only worth listing if it asks something.
  if (!message.mentionsBot && !autoAnswer) return silent("channel-off", false);
  // Before the question check: English question forms say nothing about a message in another language.
  if (input.languageReadable === false) return silent("language", true);
  if (!input.readsAsQuestion) return silent("not-a-question", false);
  if (best === null) return silent("low-confidence", true);
  const threshold = settings.confidenceThreshold;
  if (best.confidence >= threshold && best.margin >= MIN_RELEVANCE_MARGIN) {
    return { kind: "answer", slug: best.slug, confidence: best.confidence, autoAnswer: !message.mentionsBot };
  }
  return silent(best.standaloneConfidence >= threshold ? "ambiguous" : "low-confidence", true);
}

function silent(reason: SilenceReason, recordAsUnanswered: boolean): ThreadReplyDecision {
  return { kind: "silent", reason, recordAsUnanswered };
}

/** What the database says about the thread and the channel when the answer is about to be recorded. */
export interface ThreadGateInput {
  /** The message id that the thread's recorded answer replied to, or null when unanswered. */
  answeredMessageId: string | null;
  messageId: string;
  /** When the bot last auto-answered in this channel, or null. */
  lastChannelAnswerAt: Date | null;
  cooldownSeconds: number;
  autoAnswer: boolean;
  now: Date;
}

export type ThreadGateVerdict =
  | { kind: "open" }
  /** The same message again (a platform retry, a message plus an app_mention): say nothing, record nothing. */
  | { kind: "duplicate-delivery" }
  | { kind: "closed"; reason: "already-answered" | "cooldown" };

export function checkThreadGate(input: ThreadGateInput): ThreadGateVerdict {
  if (input.answeredMessageId !== null) {
    return input.answeredMessageId === input.messageId
      ? { kind: "duplicate-delivery" }
      : { kind: "closed", reason: "already-answered" };
  }
  // An explicit mention is a request to the bot; the cooldown only damps unprompted answers.
  if (input.autoAnswer && input.lastChannelAnswerAt !== null && input.cooldownSeconds > 0) {
    const elapsedMs = input.now.getTime() - input.lastChannelAnswerAt.getTime();
    if (elapsedMs < input.cooldownSeconds * 1000) return { kind: "closed", reason: "cooldown" };
  }
  return { kind: "open" };
}
