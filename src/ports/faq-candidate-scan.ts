import type { CommunityId } from "../core/community.js";
import type { FaqCandidate, ScannedFaqCandidate } from "../core/faq/types.js";

/**
 * The full-text first cut behind the thread replies, /ask and /faq search. `matchExpression` must
 * already be a safe query built from tokens (src/core/faq/build-match-expression.ts); raw user
 * text never reaches it. Published entries only.
 */
export interface FaqCandidateScan {
  /**
   * At most `limit` matching entries, unranked. bm25 reads every matching document (and every
   * term's full posting list for its IDF): on a 100,000-entry FAQ whose entries share a
   * vocabulary that is hundreds of milliseconds. A scan stops after `limit` matches, so its cost
   * does not grow with the FAQ; the re-ranking in src/core/faq does the ordering.
   */
  scanCandidates(
    community: CommunityId,
    matchExpression: string,
    limit: number,
  ): Promise<ScannedFaqCandidate[]>;
  /** The bm25-ranked first cut, best first (kept for comparison in the eval and the bench). */
  findCandidates(community: CommunityId, matchExpression: string, limit: number): Promise<FaqCandidate[]>;
}
