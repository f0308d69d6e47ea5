import { seenDeliveriesTable } from "../../shared/schema/seen-deliveries.js";
import { sqliteKit } from "./schema-kit.js";

export const { seenDeliveries } = seenDeliveriesTable(sqliteKit);
