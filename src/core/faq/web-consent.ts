/**
 * Whether an FAQ entry may be on the public web, as far as its author's consent goes. An entry a
 * moderator wrote is theirs to publish. An entry captured from a member's message ("Save as FAQ")
 * carries that member's words: it is shown only after they agreed, or once a moderator has
 * rewritten the answer in their own words, and a withdrawal hides it again at once.
 */

/** What a consent is for: showing the answer's text, and (separately) crediting the member by name. */
export type WebConsentPurpose = "publish-answer" | "credit-name";

/** "asked": the question was put to the member and is unanswered, which counts as no. */
export type WebConsentState = "asked" | "granted" | "declined" | "withdrawn";

/** Where a captured entry came from, and what its author said, as the store reads it. */
export interface CapturedOrigin {
  slug: string;
  suggestionId: number;
  /** The member's message as it was captured (before any moderator edit). */
  capturedAnswer: string;
  /** The member who wrote the answer; null for captures made before authors were recorded. */
  authorId: string | null;
  /** The author's answer about publishing the text; null when they were never asked. */
  publish: WebConsentState | null;
  /** The name the author agreed to be credited with, only while that consent stands. */
  creditName: string | null;
}

export type WebPublicationReason =
  | "not-captured"
  | "author-agreed"
  | "rewritten"
  | "awaiting-author"
  | "author-declined"
  | "author-withdrew"
  | "author-unknown";

export interface WebPublication {
  shown: boolean;
  reason: WebPublicationReason;
  /** A name to show with the answer: only the author's own, only when they opted in. */
  credit: string | null;
}

/**
 * A rewrite counts as the moderator's own words when at most this share of its three-word runs
 * comes from the member's message, and at most this share of the message's runs survives in it.
 * Both directions matter: trimming the message to one verbatim sentence keeps the first share
 * high, and padding a verbatim copy with new text keeps the second high.
 */
export const OWN_WORDS_MAX_OVERLAP = 0.25;

const SHINGLE_WORDS = 3;

function words(text: string): string[] {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function shingles(list: readonly string[], size: number): Set<string> {
  const runs = new Set<string>();
  for (let start = 0; start + size <= list.length; start += 1) {
    runs.add(list.slice(start, start + size).join(" "));
  }
  return runs;
}

/**
 * How much wording two texts share, from 0 (none) to 1: the larger of the two directed shares of
 * three-word runs (single words for texts shorter than three words).
 */
export function wordingOverlap(original: string, rewritten: string): number {
  const before = words(original);
  const after = words(rewritten);
  const size = Math.max(1, Math.min(SHINGLE_WORDS, before.length, after.length));
  const from = shingles(before, size);
  const to = shingles(after, size);
  if (from.size === 0 || to.size === 0) return from.size === to.size ? 1 : 0;
  let shared = 0;
  for (const run of to) if (from.has(run)) shared += 1;
  return Math.max(shared / to.size, shared / from.size);
}

/** True when `current` no longer carries the member's wording (see OWN_WORDS_MAX_OVERLAP). */
export function isRewrittenInOwnWords(capturedAnswer: string, currentAnswer: string): boolean {
  return wordingOverlap(capturedAnswer, currentAnswer) <= OWN_WORDS_MAX_OVERLAP;
}

const hiddenReason: Record<Exclude<WebConsentState, "granted">, WebPublicationReason> = {
  asked: "awaiting-author",
  declined: "author-declined",
  withdrawn: "author-withdrew",
};

/** The rule itself: `origin` is undefined for an entry nobody captured from a member. */
export function webPublication(origin: CapturedOrigin | undefined, currentAnswer: string): WebPublication {
  if (!origin) return { shown: true, reason: "not-captured", credit: null };
  // A rewrite is the moderator's text: shown, and never credited to the member.
  if (isRewrittenInOwnWords(origin.capturedAnswer, currentAnswer)) {
    return { shown: true, reason: "rewritten", credit: null };
  }
  if (origin.authorId !== null && origin.publish === "granted") {
    return { shown: true, reason: "author-agreed", credit: origin.creditName };
  }
  if (origin.authorId === null) return { shown: false, reason: "author-unknown", credit: null };
  const state = origin.publish === null || origin.publish === "granted" ? "asked" : origin.publish;
  return { shown: false, reason: hiddenReason[state], credit: null };
}
