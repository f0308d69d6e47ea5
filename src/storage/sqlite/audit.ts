import type { FaqActor } from "../../core/faq/types.js";
import { auditLog } from "./schema/audit-log.js";
import type { Database } from "./sqlite-handle.js";

/** One audit row, written inside the caller's transaction so it lands with the change. */
export function writeAudit(
  tx: Database,
  actor: FaqActor,
  action: string,
  target: string,
  detail: Record<string, unknown>,
  now: Date,
): void {
  tx.insert(auditLog)
    .values({
      actor: actor.userId,
      platform: actor.platform,
      community: actor.communityId,
      action,
      target,
      detail,
      at: now.toISOString(),
    })
    .run();
}
