import { normaliseText } from "./normalise-text.js";

/** Longest question text kept (a pasted log is not worth storing whole). */
export const MAX_STORED_QUESTION_CHARS = 500;

/** A question as stored: trimmed and bounded. */
export function storedQuestionText(text: string): string {
  return text.trim().slice(0, MAX_STORED_QUESTION_CHARS);
}

/**
 * The key a wording is remembered by (the unanswered list's grouping, "Not helpful" demotions):
 * the same question typed with other case, punctuation or spacing is the same wording.
 */
export function wordingKey(text: string): string {
  return normaliseText(storedQuestionText(text)).slice(0, MAX_STORED_QUESTION_CHARS);
}
