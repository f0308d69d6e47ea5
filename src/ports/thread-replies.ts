import type { Actor, Platform } from "../command-kit/actor.js";
import type { Reply } from "../command-kit/reply.js";

/** A chat message as an adapter saw it; the thread-reply path decides what to do with it. */
export interface IncomingThreadMessage {
  platform: Platform;
  communityId: string;
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

export type SilenceReason =
  | "bot-author"
  | "not-addressed"
  | "not-a-question"
  | "low-confidence"
  | "ambiguous"
  | "already-answered"
  | "cooldown"
  | "channel-off";

export interface MatchSummary {
  slug: string;
  confidence: number;
}

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
      target: { kind: "thread"; channelId: string; threadId: string } | { kind: "shadow"; channelId: string | null };
    }
  | { kind: "silent"; reason: SilenceReason; best: MatchSummary | null };

export type FeedbackVerdict = "helpful" | "not-helpful";

export interface ThreadReplyService {
  handle(message: IncomingThreadMessage, now: Date): ThreadReplyOutcome;
  /** Remembers the platform's id for the posted answer so that Dismiss can delete it. */
  recordDelivery(replyId: string, postedMessageId: string): void;
  /** Stores one verdict per user per reply; a second click changes nothing and says so. */
  recordFeedback(replyId: string, userId: string, verdict: FeedbackVerdict, now: Date): "recorded" | "already-recorded" | "not-found";
  /** The asker or a moderator may dismiss; returns the posted message to delete. */
  dismiss(replyId: string, actor: Actor, now: Date):
    | { kind: "dismissed"; channelId: string; postedMessageId: string | null }
    | { kind: "not-allowed" }
    | { kind: "not-found" };
}
