import type { AnalysedText } from "./analyse-text.js";
import { correctTypos } from "./correct-typos.js";
import type { EntryProfile, MatchableEntry } from "./entry-profile.js";
import { LEARNED_MATCH_MODEL } from "./learned-match-model.js";
import { type FeatureVector, type QueryFeatures, queryFeatures, rankingFeatures } from "./match-features.js";
import { calibrationInputs, type MatchModel, probabilityOf, scoreOf } from "./match-model.js";

export { type EntryProfile, type MatchableEntry, profileEntry } from "./entry-profile.js";

export interface RankedMatch<TEntry extends MatchableEntry = MatchableEntry> {
  entry: TEntry;
  /** The learned ranking score (only differences between candidates of one message mean anything). */
  relevance: number;
  /** Score minus the best score among the other candidates (negative for all but the best). */
  margin: number;
  /** Calibrated probability that this entry is the one the message asks about, 0-1. */
  confidence: number;
  /**
   * For the best match: the probability that it or the runner-up is right, i.e. the confidence it
   * would have if the two were not competing (tells "ambiguous" from "weak"). Others: confidence.
   */
  standaloneConfidence: number;
}

/** Everything the ranking computed for one message, for the eval and the tuning tools. */
export interface ScoredCandidates<TEntry extends MatchableEntry> {
  query: QueryFeatures;
  /** Ranking features parallel to the candidates as given (not in ranked order). */
  features: FeatureVector[];
  ranked: RankedMatch<TEntry>[];
}

/**
 * Re-ranks the first-cut candidates with the learned model and attaches calibrated probabilities,
 * best first. `profiles` must be parallel to `candidates`.
 */
export function rankCandidates<TEntry extends MatchableEntry>(
  query: AnalysedText,
  candidates: readonly TEntry[],
  profiles: readonly EntryProfile[],
  model: MatchModel = LEARNED_MATCH_MODEL,
): RankedMatch<TEntry>[] {
  return scoreCandidates(query, candidates, profiles, model).ranked;
}

export function scoreCandidates<TEntry extends MatchableEntry>(
  message: AnalysedText,
  candidates: readonly TEntry[],
  profiles: readonly EntryProfile[],
  model: MatchModel = LEARNED_MATCH_MODEL,
): ScoredCandidates<TEntry> {
  const query = correctTypos(message, profiles);
  const queryLevel = queryFeatures(query, profiles);
  const features = candidates.map((_entry, index) => {
    const profile = profiles[index];
    return profile ? rankingFeatures(query, profile, queryLevel) : [];
  });
  const scored = candidates.map((entry, index) => ({
    entry,
    features: features[index] ?? [],
    score: scoreOf(model, features[index] ?? []),
  }));
  scored.sort((a, b) => b.score - a.score || a.entry.slug.localeCompare(b.entry.slug));
  const first = scored[0]?.score ?? 0;
  const second = scored[1]?.score ?? Number.NEGATIVE_INFINITY;
  const ranked = scored.map(({ entry, features: own, score }, index) => {
    // A lone candidate is measured against an entry that shares nothing with the message (score 0).
    const rival = index === 0 ? (Number.isFinite(second) ? second : 0) : first;
    const margin = score - rival;
    return {
      entry,
      relevance: score,
      margin,
      confidence: round(probabilityOf(model, calibrationInputs(score, margin, queryLevel, own))),
      standaloneConfidence: 0,
    };
  });
  for (const match of ranked) match.standaloneConfidence = match.confidence;
  const [best, runnerUp] = ranked;
  if (best) best.standaloneConfidence = round(best.confidence + (runnerUp?.confidence ?? 0));
  return { query: queryLevel, features, ranked };
}

/** Three decimals, and never a certain 1: no text match makes an answer certain. */
function round(value: number): number {
  return Math.min(0.999, Math.round(value * 1000) / 1000);
}
