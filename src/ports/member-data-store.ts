import type { Platform } from "../core/actor.js";
import type { CommunityId } from "../core/community.js";
import type { FaqActor } from "../core/faq/types.js";

/** Rows touched, by what they held. */
export interface MemberDataCounts {
  /** Unanswered questions deleted (their text and author). */
  unansweredQuestions: number;
  /** Thread answers whose question text and asker id were blanked (the once-per-thread key stays). */
  threadAnswers: number;
  /** Helpful / Not helpful verdicts and offer clicks made anonymous (the counts stay). */
  feedback: number;
  offerClicks: number;
  /**
   * Suggestions deleted (the member's own, pending or rejected) or made anonymous (approved ones,
   * and captures of the member's thread answers: the text is the FAQ's now, the author id goes).
   */
  suggestions: number;
  /** Merged-suggestion supports and flood-limit uses deleted. */
  supporters: number;
  activity: number;
  /**
   * Web-consent answers deleted (erasure only): without one the web neither names the member nor
   * shows the captured answer they wrote. The retention purge keeps consent as long as the answer.
   */
  webConsents: number;
}

/**
 * What gigdesk keeps about members, and its removal: after the community's retention period, and
 * for one member on request. Neither removes moderators' audit rows or FAQ text.
 */
export interface MemberDataStore {
  /** Removes or anonymises every member datum of the community recorded before `cutoff`. */
  purgeBefore(community: CommunityId, cutoff: Date): Promise<MemberDataCounts>;
  /**
   * Removes or anonymises everything recorded about one member of the community, in one
   * transaction with an audit row (`privacy.erase`) that names the member and the counts, never
   * the erased text.
   */
  eraseMember(
    community: CommunityId,
    member: { platform: Platform; memberId: string },
    actor: FaqActor,
    now: Date,
  ): Promise<MemberDataCounts>;
}
