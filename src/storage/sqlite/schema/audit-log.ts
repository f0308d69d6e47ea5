import { auditLogTable } from "../../shared/schema/audit-log.js";
import { sqliteKit } from "./schema-kit.js";

export const { auditLog } = auditLogTable(sqliteKit);
