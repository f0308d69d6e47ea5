import type { ScannedFaqCandidate } from "../core/faq/types.js";

/**
 * The cheap first cut behind the thread replies and /ask. FaqStore.findCandidates ranks every
 * match with bm25, and bm25 reads every matching document (and every term's full posting list for
 * its IDF): on a 100,000-entry FAQ whose entries share a vocabulary that is hundreds of
 * milliseconds. A scan instead stops after `limit` matches, so its cost does not grow with the
 * FAQ; the re-ranking in src/core/faq does the ordering.
 */
export interface FaqCandidateScan {
  /** Published entries whose indexed text matches the (safe, token-built) expression; at most `limit`, unranked. */
  scanCandidates(matchExpression: string, limit: number): ScannedFaqCandidate[];
}
