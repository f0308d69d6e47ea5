import { type AuditOps, auditRowOf, auditRowOfEvent } from "../shared/audit-row.js";
import { auditLog } from "./schema/audit-log.js";
import type { Database } from "./sqlite-handle.js";

/**
 * One audit row in a community's log, written inside the caller's transaction so it lands with the
 * change. The arguments are auditRowOf's, so both engines describe a row the same way.
 */
export function writeAudit(tx: Database, ...row: Parameters<typeof auditRowOf>): void {
  tx.insert(auditLog)
    .values(auditRowOf(...row))
    .run();
}

/** writeAudit for an event a shared builder described. */
export function writeAuditEvent(tx: Database, ...event: Parameters<typeof auditRowOfEvent>): void {
  tx.insert(auditLog)
    .values(auditRowOfEvent(...event))
    .run();
}

/** The audit call of shared store steps, on the connection or transaction `db`. */
export function auditOpsOn(db: Database): AuditOps {
  return { auditEvent: (...event) => writeAuditEvent(db, ...event) };
}
