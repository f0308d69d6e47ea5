/** A message's top candidates under a fitted model: what the thresholds are chosen from. */
export interface ProbabilityOutcome {
  /** Probability of the best candidate. */
  p1: number;
  /** Sum of the top three probabilities (capped at 1): the chance one of them is right. */
  p3: number;
  right1: boolean;
  rightIn3: boolean;
}

/** Thresholds are picked on a grid of whole percents: finer steps only fit the noise. */
const GRID = Array.from({ length: 99 }, (_unused, index) => (index + 1) / 100);

/**
 * The lowest probability at which answering keeps precision at `goal` or better on these (held-out)
 * outcomes, counting an answer to a message no entry answers as wrong. Lower thresholds answer more,
 * so the lowest that keeps precision is the best trade. 0.99 when none does.
 */
export function chooseAnswerThreshold(outcomes: readonly ProbabilityOutcome[], goal: number): number {
  for (const threshold of GRID) {
    const answered = outcomes.filter((outcome) => outcome.p1 >= threshold);
    if (answered.length === 0) break;
    const right = answered.filter((outcome) => outcome.right1).length;
    // Every higher threshold must keep the goal too, or a lucky dip would be chosen.
    if (right / answered.length >= goal && keepsGoalAbove(outcomes, threshold, goal)) return threshold;
  }
  return 0.99;
}

function keepsGoalAbove(outcomes: readonly ProbabilityOutcome[], threshold: number, goal: number): boolean {
  return GRID.filter((higher) => higher > threshold).every((higher) => {
    const answered = outcomes.filter((outcome) => outcome.p1 >= higher);
    return (
      answered.length === 0 || answered.filter((outcome) => outcome.right1).length / answered.length >= goal
    );
  });
}

/**
 * Below the answer threshold, the lowest top-three probability at which the three offered entries
 * hold the right one for at least `goal` of the messages offered them, at that threshold and every
 * higher one (as for the answer threshold: a lucky dip must not be chosen).
 */
export function chooseMiddleBandThreshold(
  outcomes: readonly ProbabilityOutcome[],
  answerThreshold: number,
  goal: number,
): number {
  const unanswered = outcomes.filter((outcome) => outcome.p1 < answerThreshold);
  const hitRate = (threshold: number): number | null => {
    const offered = unanswered.filter((outcome) => outcome.p3 >= threshold);
    if (offered.length === 0) return null;
    return offered.filter((outcome) => outcome.rightIn3).length / offered.length;
  };
  for (const threshold of GRID) {
    const rate = hitRate(threshold);
    if (rate === null) break;
    const keptAbove = GRID.filter((higher) => higher > threshold).every(
      (higher) => (hitRate(higher) ?? 1) >= goal,
    );
    if (rate >= goal && keptAbove) return threshold;
  }
  return 0.99;
}
