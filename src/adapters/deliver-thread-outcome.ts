import type { ThreadReplyOutcome } from "../core/faq/thread-reply-types.js";
import type { Logger } from "../ports/logger.js";

/** An answer, or a middle-band offer ("Might help" buttons): both are posted the same way. */
export type ThreadPost = Exclude<ThreadReplyOutcome, { kind: "silent" | "slow_down" }>;

/**
 * The one place that sorts a thread-reply outcome: a silence is only logged (at debug, with why and
 * the best candidate, so a moderator tuning the threshold can see it), a flood notice goes privately
 * to the member, and anything else is posted. The platforms differ only in how they send.
 */
export async function deliverThreadOutcome(
  outcome: ThreadReplyOutcome,
  logger: Logger,
  logFields: Record<string, unknown>,
  send: {
    slowDown(notice: Extract<ThreadReplyOutcome, { kind: "slow_down" }>): Promise<void>;
    post(post: ThreadPost): Promise<void>;
  },
): Promise<void> {
  if (outcome.kind === "silent") {
    logger.debug({ ...logFields, reason: outcome.reason, best: outcome.best }, "thread message left alone");
    return;
  }
  if (outcome.kind === "slow_down") return send.slowDown(outcome);
  return send.post(outcome);
}
