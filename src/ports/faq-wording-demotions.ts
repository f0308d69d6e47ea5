import type { CommunityId } from "../core/community.js";

/**
 * What askers said was "Not helpful", kept per wording: an entry an asker rejected for a question
 * is left out of the search for that exact wording (normalised, see normaliseText) in that
 * community, so the same question asked again is not answered with it again. A moderator who
 * teaches the wording to that entry (/faq teach) lifts it.
 */
export interface FaqWordingDemotions {
  /** The slugs rejected for this normalised wording (usually none: one indexed lookup). */
  demotedSlugs(community: CommunityId, normalisedText: string): Promise<string[]>;
  /** Idempotent. */
  demote(community: CommunityId, normalisedText: string, slug: string, at: Date): Promise<void>;
  /** Idempotent; true when a demotion was lifted. */
  lift(community: CommunityId, normalisedText: string, slug: string): Promise<boolean>;
}
