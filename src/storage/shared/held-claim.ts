import { and, type Column, eq, sql } from "drizzle-orm";
import type { ClaimLease } from "../../core/faq/claim-lease.js";

/** The thread_answers columns that say who holds a claim, until when, and whether it was posted. */
export interface ClaimColumns {
  replyId: Column;
  claimedBy: Column;
  leaseExpiresAt: Column;
  postedMessageId: Column;
}

/**
 * The claim as `held` left it, unposted and unexpired at `now`. The lease's expiry is the fencing
 * token: a takeover writes a new one (even when the same instance takes its own claim over), so a
 * holder whose claim was taken matches nothing.
 */
export function stillHeldWhere(columns: ClaimColumns, replyId: string, held: ClaimLease, now: Date) {
  return and(
    eq(columns.replyId, replyId),
    eq(columns.claimedBy, held.holder),
    eq(columns.leaseExpiresAt, held.expiresAt.toISOString()),
    sql`${columns.postedMessageId} IS NULL`,
    sql`${columns.leaseExpiresAt} > ${now.toISOString()}`,
  );
}

/** The claim, while no post is recorded for it: the first recorded post wins. */
export function unpostedWhere(columns: ClaimColumns, replyId: string) {
  return and(eq(columns.replyId, replyId), sql`${columns.postedMessageId} IS NULL`);
}
