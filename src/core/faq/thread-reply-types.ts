import type { Platform } from "../actor.js";
import type { Reply } from "../reply.js";
import type { ClaimLease } from "./claim-lease.js";

/**
 * How a thread reply mentions the asker, for the adapters: the reply's body STARTS with this token
 * and `reply.data.askerId` (ThreadReplyData) holds the asker's platform user id. The adapter
 * replaces the token with its own mention syntax (Discord `<@id>`, Slack `<@U..>`, console
 * `@name`) and allows exactly that one user to be pinged (Discord
 * `allowedMentions: { users: [askerId], parse: [] }`). In shadow mode `askerId` is null and the
 * body carries no token: moderators see the asker's name as plain text and nobody is pinged.
 * Only that leading token counts (see withoutAskerMention): FAQ text is kept as the moderator typed
 * it, "{asker}" and "@everyone" included, and each adapter escapes it when rendering so that
 * nothing in it can ping anyone.
 */
export const ASKER_MENTION_PLACEHOLDER = "{asker}";

/** A thread reply's body without its leading asker token, and whether it had one. */
export function withoutAskerMention(body: string): { mentionsAsker: boolean; body: string } {
  return body.startsWith(ASKER_MENTION_PLACEHOLDER)
    ? { mentionsAsker: true, body: body.slice(ASKER_MENTION_PLACEHOLDER.length).trimStart() }
    : { mentionsAsker: false, body };
}

/** The `data` of a thread reply's Reply. */
export interface ThreadReplyData {
  replyId: string;
  /** The asker to mention in place of ASKER_MENTION_PLACEHOLDER; null in shadow mode. */
  askerId: string | null;
  slug: string;
  confidence: number;
  /** YYYY-MM-DD: when the entry's text last changed. */
  asOf: string;
  shadow: boolean;
  /** The message that was answered (shadow posts link back to it). */
  question: { channelId: string; threadId: string; messageId: string; authorName: string };
}

/** A chat message as an adapter saw it; the thread-reply path decides what to do with it. */
export interface IncomingThreadMessage {
  platform: Platform;
  /** The Discord guild, Slack team or console community it was posted in; the service finds its community. */
  spaceId: string;
  channelId: string;
  /** "forum" for Discord forum channels; the default auto-answer setting keys on it. */
  channelKind: "forum" | "text";
  /** The thread's id (Slack: the parent message ts; a top-level message starts its own thread). */
  threadId: string;
  messageId: string;
  authorId: string;
  authorName: string;
  authorIsBot: boolean;
  /** True for the opening post of a new thread or forum post (or a top-level Slack message). */
  isThreadStart: boolean;
  mentionsBot: boolean;
  text: string;
}

/**
 * A member's opening post in a forum thread, the way the console, the eval and the bench put a
 * question to the thread-reply path; each one only names where it was posted, by whom, and the text.
 */
export function forumThreadStart(
  post: Pick<IncomingThreadMessage, "platform" | "spaceId" | "channelId" | "threadId" | "authorId" | "text"> &
    Partial<Pick<IncomingThreadMessage, "messageId" | "authorName">>,
): IncomingThreadMessage {
  return {
    channelKind: "forum",
    messageId: post.threadId,
    authorName: post.authorId,
    authorIsBot: false,
    isThreadStart: true,
    mentionsBot: false,
    ...post,
  };
}

export type SilenceReason =
  | "bot-author"
  | "not-addressed"
  | "not-a-question"
  | "low-confidence"
  | "ambiguous"
  | "already-answered"
  | "cooldown"
  | "channel-off"
  /** Written in a language the FAQ has no entry in (the matcher reads English and the FAQ's own languages). */
  | "language"
  /** The member is past a flood limit and was already told to slow down in this window. */
  | "member-limit";

/**
 * Why a question is on the moderators' unanswered list: the bot stayed silent (a SilenceReason),
 * or it answered and the asker said "Not helpful".
 */
export type UnansweredReason = SilenceReason | "not-helpful";

export interface MatchSummary {
  slug: string;
  confidence: number;
}

/** Where a decided post goes: the thread, or the moderators' channel in shadow mode (null: none set). */
export type ThreadReplyTarget =
  | { kind: "thread"; channelId: string; threadId: string }
  | { kind: "shadow"; channelId: string | null };

export type ThreadReplyOutcome =
  | {
      kind: "thread_reply";
      /** Stable id of the recorded answer, used in button ids. */
      replyId: string;
      faq: { slug: string };
      confidence: number;
      /** The answer to post; its body already mentions the asker (and nobody else). */
      reply: Reply;
      /** Where to post: the thread, or the moderators' channel in shadow mode. */
      target: ThreadReplyTarget;
      /** The lease this instance holds on the claim (renewed just before posting); null: none. */
      lease: ClaimLease | null;
    }
  | {
      /**
       * The middle band: no answer, but "Might help" buttons for the likeliest entries; a click
       * shows that entry's answer to the clicker only. The question is still recorded as unanswered.
       */
      kind: "thread_offer";
      replyId: string;
      reason: SilenceReason;
      offered: MatchSummary[];
      reply: Reply;
      target: ThreadReplyTarget;
      lease: ClaimLease | null;
    }
  | {
      /**
       * The member is past a flood limit: this private notice, once per window, goes to the member
       * only (Slack: an ephemeral message; Discord: a direct message; never a post in the channel).
       */
      kind: "slow_down";
      reason: "member-limit";
      memberId: string;
      reply: Reply;
      where: { channelId: string; threadId: string; messageId: string };
    }
  | { kind: "silent"; reason: SilenceReason; best: MatchSummary | null };

export type FeedbackVerdict = "helpful" | "not-helpful";

/** The button ids on a thread reply; adapters parse them back (kept under Discord's 100 characters). */
export const THREAD_ACTION_PREFIX = {
  helpful: "thread:helpful:",
  notHelpful: "thread:not-helpful:",
  dismiss: "thread:dismiss:",
  /** Followed by `<replyId>:<position>`: the position in the offer, never a slug. */
  offer: "thread:offer:",
} as const;

/** What /faq stats shows for one community. */
export interface ThreadReplyStats {
  /** Threads answered (posted in the thread or, in shadow mode, to moderators). */
  answered: number;
  /** Of those, answers later dismissed. */
  dismissed: number;
  /** Questions the bot stayed silent on, by reason. */
  silent: number;
  silentByReason: Partial<Record<SilenceReason, number>>;
  helpful: number;
  notHelpful: number;
  /** Threads given "Might help" buttons instead of an answer, and clicks on those buttons. */
  offered: number;
  offerClicks: number;
  /** The most frequent unanswered questions (same normalised text counted together), most asked first. */
  topUnanswered: { text: string; count: number; reason: UnansweredReason; lastAskedAt: string }[];
}

/** An answer the thread-reply path recorded (claimed) for a thread, as storage keeps it. */
export interface ThreadAnswerRecord {
  id: number;
  /** The stable id used in the reply's button ids. */
  replyId: string;
  /** The community that owns the answer. */
  communityId: string;
  platform: Platform;
  spaceId: string;
  channelId: string;
  threadId: string;
  /** The message that was answered; a second delivery of it is recognised as a duplicate. */
  questionMessageId: string;
  askerId: string;
  /** "posted" into the thread, or "shadow" (sent to the moderators' channel instead). */
  decision: "posted" | "shadow";
  slug: string;
  confidence: number;
  /** Where the reply goes: the thread's channel, or the shadow channel (null: shadow with no channel set). */
  targetChannelId: string | null;
  /** The platform's id of the posted reply, once the adapter reports it. */
  postedMessageId: string | null;
  /** The question as asked (bounded); null on rows from before it was kept. */
  questionText: string | null;
  /** Empty for an answer; a middle-band offer's entries, best first. */
  offeredSlugs: string[];
  createdAt: string;
  dismissedAt: string | null;
  dismissedBy: string | null;
}

export type NewThreadAnswer = Omit<
  ThreadAnswerRecord,
  "id" | "postedMessageId" | "dismissedAt" | "dismissedBy"
>;

/** A question the bot stayed silent on, kept for the moderators' view of what the FAQ lacks. */
export interface UnansweredQuestionRecord {
  communityId: string;
  platform: Platform;
  spaceId: string;
  channelId: string;
  threadId: string;
  messageId: string;
  authorId: string;
  /** The question as asked (trimmed to a bounded length). */
  text: string;
  /** Normalised text, so the same question asked twice is counted together. */
  normalisedText: string;
  reason: UnansweredReason;
  bestSlug: string | null;
  bestConfidence: number | null;
  createdAt: string;
}

/** One line of /faq unanswered: a question (asked once or more in the same words) not yet taught. */
export interface UnansweredListItem {
  /** The newest row's id, which /faq teach takes. */
  id: number;
  text: string;
  normalisedText: string;
  reason: UnansweredReason;
  bestSlug: string | null;
  bestConfidence: number | null;
  /** How many times it was asked in these words (normalised) and not answered. */
  count: number;
  lastAskedAt: string;
}
