import { LEARNED_MATCH_MODEL } from "./learned-match-model.js";

/**
 * The middle band (issue 17 item 3): when the best match is likely but not sure, the thread reply
 * can offer the top entries as "Might help: ..." instead of staying silent. Decided here from the
 * calibrated probabilities FaqSearch.search() returns (best and related, each with `confidence`);
 * how the offer is shown and counted is the adapters' and the thread-reply service's business.
 */

/** How many entries an offer holds. */
export const MIDDLE_BAND_SIZE = 3;

/**
 * The smallest chance that one of the offered entries is right (the sum of their calibrated
 * probabilities) at which an offer beats silence. Learned with the answer threshold by
 * `npm run eval -- --write-model`: the lowest value at which, on held-out scores, the offered
 * three held the right entry for at least 90% of the unanswered questions offered them.
 */
export const MIDDLE_BAND_THRESHOLD = LEARNED_MATCH_MODEL.middleBandThreshold;

export interface RankedForOffer {
  entry: { slug: string };
  confidence: number;
}

export interface MiddleBandOffer {
  /** Best first, at most MIDDLE_BAND_SIZE, each with its own calibrated probability. */
  entries: { slug: string; confidence: number }[];
  /** The chance that one of them is right (capped below 1). */
  chance: number;
}

/**
 * The offer for a message, or null: when the best match reaches the answer threshold (answer it
 * instead), or when even the top entries together are too unlikely (stay silent).
 */
export function middleBandOffer(
  ranked: readonly RankedForOffer[],
  answerThreshold: number,
  middleBandThreshold: number = MIDDLE_BAND_THRESHOLD,
): MiddleBandOffer | null {
  const best = ranked[0];
  if (!best || best.confidence >= answerThreshold) return null;
  const entries = ranked
    .slice(0, MIDDLE_BAND_SIZE)
    .map((match) => ({ slug: match.entry.slug, confidence: match.confidence }));
  const chance = Math.min(
    0.999,
    entries.reduce((sum, entry) => sum + entry.confidence, 0),
  );
  return chance >= middleBandThreshold ? { entries, chance } : null;
}
