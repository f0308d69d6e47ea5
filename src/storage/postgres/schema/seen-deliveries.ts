import { seenDeliveriesTable } from "../../shared/schema/seen-deliveries.js";
import { postgresKit } from "./schema-kit.js";

export const { seenDeliveries } = seenDeliveriesTable(postgresKit);
