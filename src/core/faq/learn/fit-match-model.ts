import { RANKING_FEATURES } from "../match-features.js";
import { type MatchModel, probabilityOf } from "../match-model.js";
import {
  chooseAnswerThreshold,
  chooseMiddleBandThreshold,
  type ProbabilityOutcome,
} from "./choose-thresholds.js";
import { fitCalibrator } from "./fit-calibrator.js";
import { fitRanker } from "./fit-ranker.js";
import { type ScoredRow, scoreMessage, type TrainingMessage } from "./training-message.js";

/**
 * The goals the thresholds are chosen for, on held-out predictions inside the training data:
 * answers right at least 96% of the time (the issue asks 95% on unseen messages; the margin covers
 * the difference between the folds), and middle-band offers that hold the right entry 90% of the time
 * (the share issue 17 asks of the top three; at 85% the band also offered its three to off-topic chat).
 */
export const LEARNING_GOALS = { answerPrecision: 0.96, middleBandHit: 0.9 } as const;
/** Inner folds: the calibrator must learn from scores of messages the ranker did not see. */
const INNER_FOLDS = 4;
/** Candidates per message the calibrator learns from (the middle band offers three). */
const CALIBRATED_PER_MESSAGE = 3;

/**
 * Fits a whole MatchModel on labelled messages: the ranker on all of them; the calibrator and both
 * thresholds on out-of-fold scores (inner cross-validation), so none is fitted on scores the ranker
 * produced for its own training messages. Pure and deterministic. `answerThreshold`, when given,
 * is taken instead of chosen (the middle band is still chosen below it): the committed model takes
 * the median of the evaluation folds' choices (see runEval).
 */
export function fitMatchModel(
  messages: readonly TrainingMessage[],
  given: { answerThreshold?: number } = {},
): MatchModel {
  const rows: ScoredRow[] = [];
  const heldOut: { message: TrainingMessage; scored: ScoredRow[] }[] = [];
  for (let fold = 0; fold < INNER_FOLDS; fold += 1) {
    const train = messages.filter((_message, index) => index % INNER_FOLDS !== fold);
    const test = messages.filter((_message, index) => index % INNER_FOLDS === fold);
    const ranking = fitRanker(train, { featureCount: RANKING_FEATURES.length });
    for (const message of test) {
      const scored = scoreMessage(message, ranking);
      rows.push(...scored.slice(0, CALIBRATED_PER_MESSAGE));
      heldOut.push({ message, scored });
    }
  }
  const calibration = fitCalibrator(rows);
  const partial: MatchModel = { ranking: [], calibration, answerThreshold: 1, middleBandThreshold: 1 };
  const outcomes = heldOut
    .filter(({ message, scored }) => message.decided && scored.length > 0)
    .map(({ scored }) => outcomeOf(partial, scored));
  const answerThreshold =
    given.answerThreshold ?? chooseAnswerThreshold(outcomes, LEARNING_GOALS.answerPrecision);
  return {
    ranking: fitRanker(messages, { featureCount: RANKING_FEATURES.length }),
    calibration,
    answerThreshold,
    middleBandThreshold: chooseMiddleBandThreshold(outcomes, answerThreshold, LEARNING_GOALS.middleBandHit),
  };
}

/** The probabilities of a message's top candidates under a model's calibrator. */
export function outcomeOf(model: MatchModel, scored: readonly ScoredRow[]): ProbabilityOutcome {
  const top = scored.slice(0, 3).map((row) => probabilityOf(model, row.inputs));
  return {
    p1: top[0] ?? 0,
    p3: Math.min(
      1,
      top.reduce((sum, p) => sum + p, 0),
    ),
    right1: scored[0]?.right === true,
    rightIn3: scored.slice(0, 3).some((row) => row.right),
  };
}
