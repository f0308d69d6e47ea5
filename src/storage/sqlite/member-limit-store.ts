import { decideAllowance, SLOW_DOWN_NOTICE } from "../../core/member-limits.js";
import type { MemberLimitStore } from "../../ports/member-limit-store.js";
import type { SqliteHandle } from "./sqlite-handle.js";

interface UsageRow {
  used: number;
  oldest_at: string | null;
}

/**
 * The flood limits over member_activity. The count, the decision and the insert run in one
 * IMMEDIATE transaction, so two processes cannot both take the last slot.
 */
export function createSqliteMemberLimitStore({
  sqlite,
  write,
}: Pick<SqliteHandle, "sqlite" | "write">): MemberLimitStore {
  const member = "community_id = ? AND platform = ? AND member_id = ?";
  const counted = sqlite.prepare<[string, string, string, string], { n: number }>(
    `SELECT count(*) AS n FROM member_activity WHERE ${member} AND event_key = ?`,
  );
  const usage = sqlite.prepare<[string, string, string, string, string], UsageRow>(
    `SELECT count(*) AS used, min(at) AS oldest_at FROM member_activity
     WHERE ${member} AND kind = ? AND at > ?`,
  );
  const insert = sqlite.prepare<[string, string, string, string, string, string, string]>(
    `INSERT INTO member_activity (community_id, platform, space_id, member_id, kind, event_key, at)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  const purge = sqlite.prepare<[string]>("DELETE FROM member_activity WHERE at < ?");

  return {
    async takeAllowance(use, limit, now) {
      const key = [use.community, use.platform, use.memberId] as const;
      const since = new Date(now.getTime() - limit.windowSeconds * 1000).toISOString();
      const at = now.toISOString();
      return write(() => {
        const alreadyCounted = (counted.get(...key, use.eventKey)?.n ?? 0) > 0;
        const uses = usage.get(...key, use.activity, since);
        const notices = usage.get(...key, SLOW_DOWN_NOTICE, since);
        const allowance = decideAllowance(
          {
            alreadyCounted,
            used: uses?.used ?? 0,
            oldestAt: uses?.oldest_at ? new Date(uses.oldest_at) : null,
            noticeSent: (notices?.used ?? 0) > 0,
          },
          limit,
          now,
        );
        if (allowance.kind === "allowed" && !alreadyCounted) {
          insert.run(use.community, use.platform, use.spaceId, use.memberId, use.activity, use.eventKey, at);
        } else if (allowance.kind === "refused" && allowance.notify) {
          // Keyed by the refused event: a second delivery of it finds the notice and stays quiet.
          insert.run(
            use.community,
            use.platform,
            use.spaceId,
            use.memberId,
            SLOW_DOWN_NOTICE,
            `${SLOW_DOWN_NOTICE}:${use.eventKey}`,
            at,
          );
        }
        return allowance;
      });
    },

    async purgeActivityBefore(before) {
      const result = await write(() => purge.run(before.toISOString()));
      return result.changes;
    },
  };
}
