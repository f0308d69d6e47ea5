/**
 * A claimed thread's answer is posted by the instance that claimed it, but that instance can die
 * between the claim and the post. The lease says who holds the claim and until when: once it has
 * lapsed with nothing posted, another instance that sees the thread again may take the claim over.
 */
export interface ClaimLease {
  /** The instance that holds the claim (hostname, process id and a random part). */
  holder: string;
  expiresAt: Date;
}

/** How long a claim stays with its holder by default: well inside Discord's nonce window (minutes). */
export const DEFAULT_CLAIM_LEASE_SECONDS = 30;

export function claimLease(holder: string, leaseSeconds: number, now: Date): ClaimLease {
  return { holder, expiresAt: new Date(now.getTime() + leaseSeconds * 1000) };
}

/**
 * How long after its lease lapsed an abandoned claim is still worth finishing. Later, the asker has
 * likely moved on, and Discord's nonce (minutes) no longer guards against a second post if the dead
 * holder did post after all. It also bounds claims that can never be finished (the question was
 * deleted, the channel or the bot's access is gone): they drop out of the sweep instead of
 * filling every batch for good.
 */
export const ABANDONED_CLAIM_HORIZON_MS = 15 * 60 * 1000;

/** The oldest lease lapse the sweep still lists at `now` (see ABANDONED_CLAIM_HORIZON_MS). */
export function abandonedClaimHorizon(now: Date): Date {
  return new Date(now.getTime() - ABANDONED_CLAIM_HORIZON_MS);
}

/** What the store keeps of a claim: enough to tell a finished claim from an abandoned one. */
export interface StoredClaim {
  postedMessageId: string | null;
  /** ISO time; null when the claim carries no lease (rows from before leases, nothing to post). */
  leaseExpiresAt: string | null;
}

/**
 * True when the claim was abandoned: nothing was posted and its lease has run out. A claim with no
 * lease never lapses, so rows from before leases existed, and answers with nowhere to go, stay closed.
 */
export function claimLapsed(claim: StoredClaim, now: Date): boolean {
  if (claim.postedMessageId !== null || claim.leaseExpiresAt === null) return false;
  return Date.parse(claim.leaseExpiresAt) <= now.getTime();
}
