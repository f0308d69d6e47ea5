import type { Platform } from "../core/actor.js";
import type { CommunityId } from "../core/community.js";
import type { ClaimLease } from "../core/faq/claim-lease.js";
import type { ThreadGateVerdict } from "../core/faq/decide-thread-reply.js";
import type {
  FeedbackVerdict,
  NewThreadAnswer,
  ThreadAnswerRecord,
  ThreadReplyStats,
  UnansweredListItem,
  UnansweredQuestionRecord,
} from "../core/faq/thread-reply-types.js";
import type { FaqActor } from "../core/faq/types.js";

/** What claiming a thread needs beside the answer itself: the cooldown rule and the clock. */
export interface ThreadClaim {
  answer: NewThreadAnswer;
  /** True when only the channel's auto-answer setting brought the bot in (the cooldown applies). */
  autoAnswer: boolean;
  cooldownSeconds: number;
  now: Date;
  /**
   * Who holds the claim until `setPostedMessageId` completes it, and until when. Null when nothing
   * will be posted (a shadow answer with no moderators' channel): such a claim never lapses.
   */
  lease: ClaimLease | null;
}

/**
 * The claim's outcome. `open` carries the reply id to post under: the caller's own for a fresh
 * claim, the abandoned claim's for a takeover (`takenOver`), so that the first holder, if it was
 * only slow and posts after all, and its successor post the same buttons (and the same nonce).
 */
export type ThreadClaimVerdict =
  | Exclude<ThreadGateVerdict, { kind: "open" }>
  | { kind: "open"; replyId: string; takenOver: boolean };

/** Where an abandoned claim's question is, so that an instance can fetch it again and answer it. */
export interface LapsedClaim {
  spaceId: string;
  channelId: string;
  threadId: string;
  questionMessageId: string;
}

/**
 * The thread-reply path's memory. Decisions live in src/core/faq; this reads and writes rows.
 *
 * `claimThread` is the once-per-thread guarantee: in ONE transaction it reads whether the thread
 * is answered and when the channel last got an auto-answer, lets the pure gate
 * (checkThreadGate) decide, and when the gate is open records the answer under the unique
 * (platform, community, thread) key and advances the channel's cooldown. Only a caller whose
 * claim returns `open` may post, so retries, duplicate events, restarts and other processes on
 * the same database stay silent.
 *
 * The lease: a claim whose answer was never posted (`postedMessageId` still null) and whose lease
 * has lapsed (claimLapsed) is taken over by the next claim on that thread, without the gate (the
 * thread was already admitted once), by a conditional update that exactly one claimant wins; the
 * taker becomes the holder with its own lease. Everyone else sees the thread as claimed.
 */
export interface ThreadReplyStore {
  claimThread(claim: ThreadClaim): Promise<ThreadClaimVerdict>;
  /** Idempotent: a second delivery of the same message is recorded once. */
  recordUnanswered(question: UnansweredQuestionRecord): Promise<void>;
  findAnswer(replyId: string): Promise<ThreadAnswerRecord | null>;
  /**
   * Claims of one platform whose answer never posted and whose lease has lapsed, within the last
   * ABANDONED_CLAIM_HORIZON_MS, newest lapse first (so that claims which can never be finished
   * cannot fill every batch). An instance re-reads each question from the platform and sends it
   * down the normal path, where claimThread's takeover decides who answers: listing takes nothing.
   */
  listLapsedClaims(platform: Platform, now: Date, limit: number): Promise<LapsedClaim[]>;
  /**
   * Completes the claim: the answer is posted, its lease no longer matters (cleared). The first
   * recorded post wins; a later one changes nothing. Returns the post on record (the winner's id,
   * null when there is no such claim), so that a poster who lost can remove its own message.
   */
  setPostedMessageId(replyId: string, postedMessageId: string): Promise<string | null>;
  /**
   * Just before posting: the holder extends its lease to `renewed`, in one conditional update that
   * lands only while the claim is still exactly as `held` left it (same holder and expiry, nothing
   * posted, unexpired). False when it was taken over or lapsed: then the holder must not post.
   */
  renewClaim(replyId: string, held: ClaimLease, renewed: ClaimLease, now: Date): Promise<boolean>;
  /** True when stored; false when this user already gave a verdict on this answer. */
  insertFeedback(answerId: number, userId: string, verdict: FeedbackVerdict, at: Date): Promise<boolean>;
  /**
   * Marks the answer dismissed once; later calls keep the first dismissal. With `auditAs` (a
   * moderator removing someone else's answer) an audit row `thread.dismiss` lands in the same
   * transaction, only when this call is the one that dismissed it.
   */
  markDismissed(replyId: string, userId: string, at: Date, auditAs?: FaqActor): Promise<void>;
  stats(community: CommunityId, topLimit: number): Promise<ThreadReplyStats>;
  /** True when stored; false when this user already opened this entry of this offer. */
  insertOfferClick(answerId: number, userId: string, slug: string, at: Date): Promise<boolean>;
  /**
   * Recent untaught questions of a community, newest first, one line per wording (normalised),
   * leaving out reasons that are not gaps in the FAQ (chit-chat, bots, ordinary replies).
   */
  listUnanswered(community: CommunityId, limit: number): Promise<UnansweredListItem[]>;
  /** One recorded question of the community by id (any state), or null. */
  findUnanswered(
    community: CommunityId,
    id: number,
  ): Promise<(UnansweredListItem & { taughtSlug: string | null }) | null>;
  /** Marks every untaught question of the community in this wording as taught to `slug`. */
  markTaught(community: CommunityId, normalisedText: string, slug: string, at: Date): Promise<number>;
}
