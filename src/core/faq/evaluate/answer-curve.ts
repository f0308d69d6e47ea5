/** One held-out message at the decision: its best probability, whether that entry was right. */
export interface DecidedMessage {
  p1: number;
  right1: boolean;
  /** False for messages no entry answers (chat, off-topic, adverts, unreadable languages). */
  answerable: boolean;
}

export interface CurvePoint {
  threshold: number;
  /** Answered share of the answerable messages. */
  answerRate: number;
  /** Right share of everything answered (an answer to an unanswerable message is wrong). */
  precision: number;
  /** Unanswerable messages answered. */
  falseAnswers: number;
}

/** Precision against answer rate as the threshold moves. */
export function answerCurve(
  messages: readonly DecidedMessage[],
  thresholds: readonly number[],
): CurvePoint[] {
  const answerable = messages.filter((message) => message.answerable).length;
  return thresholds.map((threshold) => {
    const answered = messages.filter((message) => message.p1 >= threshold);
    const right = answered.filter((message) => message.answerable && message.right1).length;
    return {
      threshold,
      answerRate: answerable === 0 ? 0 : answered.filter((message) => message.answerable).length / answerable,
      precision: answered.length === 0 ? 1 : right / answered.length,
      falseAnswers: answered.filter((message) => !message.answerable).length,
    };
  });
}
