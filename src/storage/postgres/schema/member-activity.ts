import { memberActivityTable } from "../../shared/schema/member-activity.js";
import { postgresKit } from "./schema-kit.js";

export const { memberActivity } = memberActivityTable(postgresKit);
