import { type AuditOps, auditRowOf, auditRowOfEvent } from "../shared/audit-row.js";
import type { Database } from "./postgres-handle.js";
import { auditLog } from "./schema/audit-log.js";

/**
 * One audit row in a community's log, inside the caller's transaction so it lands with the change.
 * The arguments are auditRowOf's, so both engines describe a row the same way.
 */
export async function writeAudit(tx: Database, ...row: Parameters<typeof auditRowOf>): Promise<void> {
  await tx.insert(auditLog).values(auditRowOf(...row));
}

/** writeAudit for an event a shared builder described. */
export async function writeAuditEvent(
  tx: Database,
  ...event: Parameters<typeof auditRowOfEvent>
): Promise<void> {
  await tx.insert(auditLog).values(auditRowOfEvent(...event));
}

/** The audit call of shared store steps, on the connection or transaction `db`. */
export function auditOpsOn(db: Database): AuditOps {
  return { auditEvent: (...event) => writeAuditEvent(db, ...event) };
}
