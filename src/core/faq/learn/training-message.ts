import type { FeatureVector } from "../match-features.js";
import { calibrationInputs } from "../match-model.js";

/** One labelled message as the learning code sees it: its first-cut candidates and their features. */
export interface TrainingMessage {
  /** The entry that answers it, or null when no entry does (chat, off-topic, unreadable). */
  expected: string | null;
  candidates: readonly { slug: string; features: FeatureVector }[];
  /** Share of the message's weight that no candidate mentions (QueryFeatures.foreign). */
  foreign: number;
  /** QueryFeatures.otherPlatform. */
  otherPlatform: number;
  /** Whether the thread replies would weigh its confidence at all (a readable question). */
  decided: boolean;
}

/** A candidate with the model's score, the calibrator's inputs (CALIBRATION_FEATURES) and its label. */
export interface ScoredRow {
  score: number;
  inputs: number[];
  right: boolean;
}

/** Scores and gaps of a message's candidates, best first, under ranking weights `ranking`. */
export function scoreMessage(message: TrainingMessage, ranking: readonly number[]): ScoredRow[] {
  const scored = message.candidates.map((candidate) => {
    let score = 0;
    for (let index = 0; index < candidate.features.length; index += 1) {
      score += (ranking[index] ?? 0) * (candidate.features[index] ?? 0);
    }
    return { slug: candidate.slug, features: candidate.features, score };
  });
  scored.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
  const first = scored[0]?.score ?? 0;
  const second = scored[1]?.score ?? 0;
  return scored.map(({ slug, features, score }, index) => ({
    score,
    inputs: calibrationInputs(score, score - (index === 0 ? second : first), message, features),
    right: slug === message.expected,
  }));
}
