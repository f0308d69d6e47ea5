import type { CommunityId } from "../../core/community.js";
import type { FaqActor } from "../../core/faq/types.js";
import { type AuditEvent, auditRowOf } from "../shared/audit-row.js";
import { auditLog } from "./schema/audit-log.js";
import type { Database } from "./sqlite-handle.js";

/** One audit row in `community`'s log, written inside the caller's transaction so it lands with the change. */
export function writeAudit(
  tx: Database,
  community: CommunityId,
  actor: FaqActor,
  action: string,
  target: string,
  detail: Record<string, unknown>,
  now: Date,
): void {
  tx.insert(auditLog)
    .values(auditRowOf(community, actor, action, target, detail, now))
    .run();
}

/** writeAudit for an event a shared builder described. */
export function writeAuditEvent(
  tx: Database,
  community: CommunityId,
  actor: FaqActor,
  event: AuditEvent,
  now: Date,
): void {
  writeAudit(tx, community, actor, event.action, event.target, event.detail, now);
}
