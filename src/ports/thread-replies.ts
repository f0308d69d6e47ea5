import type { Actor, Platform } from "../core/actor.js";
import type { CommunityId } from "../core/community.js";
import type { ClaimLease } from "../core/faq/claim-lease.js";
import type {
  FeedbackVerdict,
  IncomingThreadMessage,
  ThreadReplyOutcome,
  ThreadReplyStats,
} from "../core/faq/thread-reply-types.js";
import type { Reply } from "../core/reply.js";
import type { LapsedClaim } from "./thread-reply-store.js";

export type DismissOutcome =
  | { kind: "dismissed"; channelId: string; threadId?: string; postedMessageId: string | null }
  | { kind: "not-allowed" }
  | { kind: "not-found" };

/** The one thread-reply path every adapter calls (implemented in src/services/thread-replies.ts). */
export interface ThreadReplyService {
  handle(message: IncomingThreadMessage, now: Date): Promise<ThreadReplyOutcome>;
  /**
   * Threads whose claim was abandoned (its holder died before posting): an adapter re-reads each
   * question from the platform and hands it to `handle`, which takes the claim over (one taker).
   */
  lapsedClaims(platform: Platform, now: Date, limit: number): Promise<LapsedClaim[]>;
  /**
   * Remembers the platform's id for the posted answer so that Dismiss can delete it. The first
   * post recorded wins: false when another one already was (this post is then a double).
   */
  recordDelivery(replyId: string, postedMessageId: string): Promise<boolean>;
  /**
   * Just before posting: true when this instance still holds the claim, whose lease is then
   * extended by a whole lease; false when it lapsed or was taken over, and the post must not go.
   */
  renewBeforePost(post: { replyId: string; lease: ClaimLease | null }, now: Date): Promise<boolean>;
  /**
   * Stores one verdict per user per reply; a second click changes nothing and says so. An answer
   * of another community than the clicker's is "not-found" (a crafted button cannot reach it).
   */
  recordFeedback(
    replyId: string,
    actor: Actor,
    verdict: FeedbackVerdict,
    now: Date,
  ): Promise<"recorded" | "already-recorded" | "not-found">;
  /**
   * The asker or a moderator may dismiss; returns the posted message to delete. `channelId` is
   * where the reply was posted (the thread's parent channel, or the shadow channel) and `threadId`
   * the thread it went into (absent for shadow posts): Discord deletes in `threadId ?? channelId`,
   * Slack in `channelId` by the message ts. A second dismiss returns the same answer.
   */
  dismiss(replyId: string, actor: Actor, now: Date): Promise<DismissOutcome>;
  /**
   * A click on a middle-band offer's button at `position`: the entry's answer as a private reply
   * (or a private not-found), read from the actor's community, and the click counted once per user.
   */
  openOffer(replyId: string, position: number, actor: Actor, now: Date): Promise<Reply>;
  /** Counts for /faq stats. */
  stats(community: CommunityId, topUnansweredLimit: number): Promise<ThreadReplyStats>;
}
