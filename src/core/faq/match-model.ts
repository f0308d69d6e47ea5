import { type FeatureVector, type QueryFeatures, RANKING_FEATURES } from "./match-features.js";

/**
 * How the matcher turns features into a ranking and a probability, learned offline by
 * `npm run eval -- --write-model` (see learned-match-model.ts) and read, never trained, at run time.
 *
 * - Ranking: score = ranking · features (RANKING_FEATURES order), fitted so that the labelled entry
 *   gets the highest score among the first-cut candidates (a softmax over each message's candidates).
 * - Probability: logistic(intercept + calibration · CALIBRATION_FEATURES), fitted on scores the
 *   ranker produced for messages it was not trained on, so that "0.9" means "right 9 times in 10".
 *   The gap is the candidate's score minus the best other candidate's: two entries that fit equally
 *   well share the doubt. The ranking score only orders one message's candidates; how well the
 *   message is covered at all (title cover, phrase overlap, unknown words) says whether any is right.
 * - answerThreshold: the smallest probability at which the thread replies answer by default.
 * - middleBandThreshold: the smallest chance that one of the top three is right at which offering
 *   them ("Might help: ...") beats silence.
 */
export const CALIBRATION_FEATURES = [
  "score",
  "gap",
  "foreign",
  "titleCover",
  "phraseDice",
  "otherPlatform",
  "foreignRoot",
  "quantityMiss",
  "pickMiss",
  "serviceMiss",
] as const;

export interface MatchModel {
  ranking: readonly number[];
  calibration: { intercept: number; weights: readonly number[] };
  answerThreshold: number;
  middleBandThreshold: number;
}

const TITLE_COVER = RANKING_FEATURES.indexOf("titleCover");
const PHRASE_DICE = RANKING_FEATURES.indexOf("phraseDice");
const QUANTITY_MISS = RANKING_FEATURES.indexOf("quantityMiss");
const PICK_MISS = RANKING_FEATURES.indexOf("pickMiss");
const SERVICE_MISS = RANKING_FEATURES.indexOf("serviceMiss");

export function scoreOf(model: MatchModel, features: FeatureVector): number {
  let score = 0;
  for (let index = 0; index < features.length; index += 1) {
    score += (model.ranking[index] ?? 0) * (features[index] ?? 0);
  }
  return score;
}

/** The calibrator's inputs for one candidate, in CALIBRATION_FEATURES order. */
export function calibrationInputs(
  score: number,
  gap: number,
  query: Pick<QueryFeatures, "foreign" | "otherPlatform">,
  features: FeatureVector,
): number[] {
  return [
    score,
    // Logarithmic: a lead of 6 over a runner-up that shares a word or two, or a lone candidate
    // measured against nothing, is not three times as sure as a lead of 2.
    Math.sign(gap) * Math.log1p(Math.abs(gap)),
    query.foreign,
    features[TITLE_COVER] ?? 0,
    features[PHRASE_DICE] ?? 0,
    query.otherPlatform,
    // The first unknown word says more than the next ones: "tracker" in a short question is
    // already a topic the FAQ does not have.
    Math.sqrt(query.foreign),
    // Not only an ordering matter: when the message asks "how long" and the best entry answers no
    // figure at all, sharing the topic words does not make it the answer.
    features[QUANTITY_MISS] ?? 0,
    // Likewise for "which tool should I use": the entry recommends nothing.
    features[PICK_MISS] ?? 0,
    // And for "what does Wise charge": the entry is about another party's money.
    features[SERVICE_MISS] ?? 0,
  ];
}

/** The calibrated probability that a candidate with these inputs is the right entry. */
export function probabilityOf(model: MatchModel, inputs: readonly number[]): number {
  let logit = model.calibration.intercept;
  for (let index = 0; index < inputs.length; index += 1) {
    logit += (model.calibration.weights[index] ?? 0) * (inputs[index] ?? 0);
  }
  return 1 / (1 + Math.exp(-logit));
}
