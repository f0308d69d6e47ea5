/**
 * Text taken from a chat thread for the suggestion queue. Chat messages can be longer than an FAQ
 * field allows (Slack messages up to 40,000 characters), and the moderator edits before approving,
 * so the capture keeps a generous but bounded amount and marks what it cut.
 */
export const CAPTURE_LIMITS = { questionMaxLength: 1000, answerMaxLength: 4000 } as const;

export interface CapturedThreadAnswer {
  question: string;
  answer: string;
}

export function captureThreadAnswer(openingQuestion: string, answerText: string): CapturedThreadAnswer {
  return {
    question: clip(openingQuestion.trim(), CAPTURE_LIMITS.questionMaxLength),
    answer: clip(answerText.trim(), CAPTURE_LIMITS.answerMaxLength),
  };
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  // Never leave half of a surrogate pair (an emoji) at the cut.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
