import { type Engine, index, type SchemaKit } from "./schema-kit.js";

export function seenDeliveriesTable<E extends Engine>(k: SchemaKit<E>) {
  /**
   * Platform deliveries (Slack event ids) any instance has seen, for as long as the platform may
   * still retry them. The primary key is what makes "first sighting" a single insert-if-absent.
   */
  const seenDeliveries = k.table(
    "seen_deliveries",
    {
      platform: k.requiredText("platform"),
      deliveryId: k.requiredText("delivery_id"),
      /** ISO time after which the sighting is forgotten (a later delivery counts as new). */
      expiresAt: k.requiredText("expires_at"),
    },
    {
      primaryKey: ["platform", "deliveryId"],
      indexes: [index("seen_deliveries_expiry_idx", "expiresAt")],
    },
  );

  return { seenDeliveries };
}
