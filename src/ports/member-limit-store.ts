import type { Platform } from "../core/actor.js";
import type { CommunityId } from "../core/community.js";
import type { LimitedActivity, MemberAllowance, MemberLimit } from "../core/member-limits.js";

/** One use of a limited activity by one member (a message addressed to the bot, a suggestion). */
export interface MemberActivity {
  community: CommunityId;
  platform: Platform;
  spaceId: string;
  memberId: string;
  activity: LimitedActivity;
  /** What is counted: a message id, so that a second delivery of the same message counts once. */
  eventKey: string;
}

/**
 * The flood limits' counts, kept in the database so that every process sharing it counts the
 * same uses (a per-process counter would let a member through once per running copy).
 */
export interface MemberLimitStore {
  /**
   * In ONE write transaction: reads the member's uses inside the window and whether a "slow down"
   * notice was sent in it, lets decideAllowance judge, records the use when allowed and the notice
   * when one is due. Refused uses are not stored.
   */
  takeAllowance(use: MemberActivity, limit: MemberLimit, now: Date): Promise<MemberAllowance>;
  /** Drops every use and notice older than `before` (they can no longer fall inside a window). */
  purgeActivityBefore(before: Date): Promise<number>;
}
