import { eq } from "drizzle-orm";
import type { ThreadReplyStore } from "../../ports/thread-reply-store.js";
import { stillHeldWhere, unpostedWhere } from "../shared/held-claim.js";
import type { PostgresHandle } from "./postgres-handle.js";
import { threadAnswers } from "./schema/thread-replies.js";

/**
 * The end of a claim over PostgreSQL: the holder's last-moment renewal, and the one recorded post.
 * Each is one conditional UPDATE: of two instances racing on a row, the second waits for the
 * first's lock, then re-checks the condition against the row as the first left it.
 */
export function claimCompletion({
  db,
}: Pick<PostgresHandle, "db">): Pick<ThreadReplyStore, "renewClaim" | "setPostedMessageId"> {
  return {
    async renewClaim(replyId, held, renewed, now) {
      const landed = await db
        .update(threadAnswers)
        .set({ leaseExpiresAt: renewed.expiresAt.toISOString() })
        .where(stillHeldWhere(threadAnswers, replyId, held, now))
        .returning({ replyId: threadAnswers.replyId });
      return landed.length === 1;
    },

    async setPostedMessageId(replyId, postedMessageId) {
      const [won] = await db
        .update(threadAnswers)
        .set({ postedMessageId, leaseExpiresAt: null })
        .where(unpostedWhere(threadAnswers, replyId))
        .returning({ postedMessageId: threadAnswers.postedMessageId });
      if (won) return won.postedMessageId;
      const [onRecord] = await db
        .select({ postedMessageId: threadAnswers.postedMessageId })
        .from(threadAnswers)
        .where(eq(threadAnswers.replyId, replyId));
      return onRecord?.postedMessageId ?? null;
    },
  };
}
