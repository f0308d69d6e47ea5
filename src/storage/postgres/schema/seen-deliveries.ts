import { index, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

/** Platform deliveries any instance has seen (as in the SQLite schema); the key makes the insert-if-absent. */
export const seenDeliveries = pgTable(
  "seen_deliveries",
  {
    platform: text("platform").notNull(),
    deliveryId: text("delivery_id").notNull(),
    expiresAt: text("expires_at").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.platform, table.deliveryId] }),
    index("seen_deliveries_expiry_idx").on(table.expiresAt),
  ],
);
