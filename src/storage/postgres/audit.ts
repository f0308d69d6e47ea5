import type { CommunityId } from "../../core/community.js";
import type { FaqActor } from "../../core/faq/types.js";
import type { Database } from "./postgres-handle.js";
import { auditLog } from "./schema/audit-log.js";

/** One audit row in `community`'s log, inside the caller's transaction so it lands with the change. */
export async function writeAudit(
  tx: Database,
  community: CommunityId,
  actor: FaqActor,
  action: string,
  target: string,
  detail: Record<string, unknown>,
  now: Date,
): Promise<void> {
  await tx.insert(auditLog).values({
    communityId: community,
    actor: actor.userId,
    platform: actor.platform,
    spaceId: actor.spaceId,
    action,
    target,
    detail,
    at: now.toISOString(),
  });
}
