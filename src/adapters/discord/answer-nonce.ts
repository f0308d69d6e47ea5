import { createHash } from "node:crypto";

/** Discord accepts a nonce of at most 25 characters. */
const NONCE_MAX_LENGTH = 25;

/**
 * The idempotency key of a thread's one answer: the same for every instance and every attempt, so
 * that Discord (with enforce_nonce) returns the first message instead of creating a second one
 * when a lease holder that was only slow and the instance that took its claim over both post.
 * A thread id is a snowflake (at most 20 digits) and is used as it is; anything else is hashed to fit.
 */
export function answerNonce(threadId: string): string {
  if (/^\d{1,25}$/.test(threadId)) return threadId;
  return createHash("sha256").update(threadId).digest("base64url").slice(0, NONCE_MAX_LENGTH);
}
