import { index, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Platform deliveries (Slack event ids) any instance has seen, for as long as the platform may
 * still retry them. The primary key is what makes "first sighting" a single insert-if-absent.
 */
export const seenDeliveries = sqliteTable(
  "seen_deliveries",
  {
    platform: text("platform").notNull(),
    deliveryId: text("delivery_id").notNull(),
    /** ISO time after which the sighting is forgotten (a later delivery counts as new). */
    expiresAt: text("expires_at").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.platform, table.deliveryId] }),
    index("seen_deliveries_expiry_idx").on(table.expiresAt),
  ],
);
