import { and, count, eq, gt, lt, min } from "drizzle-orm";
import { decideAllowance, SLOW_DOWN_NOTICE } from "../../core/member-limits.js";
import type { MemberLimitStore } from "../../ports/member-limit-store.js";
import type { PostgresHandle, Tx } from "./postgres-handle.js";
import { memberActivity } from "./schema/member-activity.js";

/**
 * The flood limits over member_activity on PostgreSQL. Each take holds a transaction-scoped
 * advisory lock on the member (the SQLite engine's write lock, narrowed to one member): a second
 * instance taking for the same member waits until the first has counted, decided and inserted,
 * then counts that row too, so two instances cannot both take the last allowance.
 */
export function createPostgresMemberLimitStore({ write }: PostgresHandle): MemberLimitStore {
  return {
    async takeAllowance(use, limit, now) {
      const since = new Date(now.getTime() - limit.windowSeconds * 1000).toISOString();
      const at = now.toISOString();
      const ofMember = and(
        eq(memberActivity.communityId, use.community),
        eq(memberActivity.platform, use.platform),
        eq(memberActivity.memberId, use.memberId),
      );
      const usage = async (tx: Tx, kind: string) => {
        const [row] = await tx
          .select({ used: count(), oldestAt: min(memberActivity.at) })
          .from(memberActivity)
          .where(and(ofMember, eq(memberActivity.kind, kind), gt(memberActivity.at, since)));
        return { used: row?.used ?? 0, oldestAt: row?.oldestAt ?? null };
      };
      const record = (tx: Tx, kind: string, eventKey: string) =>
        tx
          .insert(memberActivity)
          .values({
            communityId: use.community,
            platform: use.platform,
            spaceId: use.spaceId,
            memberId: use.memberId,
            kind,
            eventKey,
            at,
          })
          .onConflictDoNothing();
      const memberLock = `member:${use.community}:${use.platform}:${use.memberId}`;
      return write([memberLock], async (tx) => {
        const [counted] = await tx
          .select({ n: count() })
          .from(memberActivity)
          .where(and(ofMember, eq(memberActivity.eventKey, use.eventKey)));
        const alreadyCounted = (counted?.n ?? 0) > 0;
        const uses = await usage(tx, use.activity);
        const notices = await usage(tx, SLOW_DOWN_NOTICE);
        const allowance = decideAllowance(
          {
            alreadyCounted,
            used: uses.used,
            oldestAt: uses.oldestAt ? new Date(uses.oldestAt) : null,
            noticeSent: notices.used > 0,
          },
          limit,
          now,
        );
        if (allowance.kind === "allowed" && !alreadyCounted) {
          await record(tx, use.activity, use.eventKey);
        } else if (allowance.kind === "refused" && allowance.notify) {
          // Keyed by the refused event: a second delivery of it finds the notice and stays quiet.
          await record(tx, SLOW_DOWN_NOTICE, `${SLOW_DOWN_NOTICE}:${use.eventKey}`);
        }
        return allowance;
      });
    },

    async purgeActivityBefore(before) {
      const result = await write([], (tx) =>
        tx.delete(memberActivity).where(lt(memberActivity.at, before.toISOString())),
      );
      return result.rowCount ?? 0;
    },
  };
}
