import { memberActivityTable } from "../../shared/schema/member-activity.js";
import { sqliteKit } from "./schema-kit.js";

export const { memberActivity } = memberActivityTable(sqliteKit);
