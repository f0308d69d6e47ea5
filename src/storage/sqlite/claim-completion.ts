import { eq } from "drizzle-orm";
import type { ThreadReplyStore } from "../../ports/thread-reply-store.js";
import { stillHeldWhere, unpostedWhere } from "../shared/held-claim.js";
import { threadAnswers } from "./schema/thread-replies.js";
import type { SqliteHandle } from "./sqlite-handle.js";

/** The end of a claim over SQLite: the holder's last-moment renewal, and the one recorded post. */
export function claimCompletion({
  db,
  write,
}: Pick<SqliteHandle, "db" | "write">): Pick<ThreadReplyStore, "renewClaim" | "setPostedMessageId"> {
  return {
    async renewClaim(replyId, held, renewed, now) {
      const renewal = await write(() =>
        db
          .update(threadAnswers)
          .set({ leaseExpiresAt: renewed.expiresAt.toISOString() })
          .where(stillHeldWhere(threadAnswers, replyId, held, now))
          .run(),
      );
      return renewal.changes === 1;
    },

    async setPostedMessageId(replyId, postedMessageId) {
      return write(() => {
        db.update(threadAnswers)
          .set({ postedMessageId, leaseExpiresAt: null })
          .where(unpostedWhere(threadAnswers, replyId))
          .run();
        const row = db
          .select({ postedMessageId: threadAnswers.postedMessageId })
          .from(threadAnswers)
          .where(eq(threadAnswers.replyId, replyId))
          .get();
        return row?.postedMessageId ?? null;
      });
    },
  };
}
