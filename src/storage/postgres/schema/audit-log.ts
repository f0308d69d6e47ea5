import { auditLogTable } from "../../shared/schema/audit-log.js";
import { postgresKit } from "./schema-kit.js";

export const { auditLog } = auditLogTable(postgresKit);
