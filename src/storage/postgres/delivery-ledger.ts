import type { DeliveryLedger } from "../../ports/delivery-ledger.js";
import {
  expiredSightingsWhere,
  purgeSchedule,
  sightingKeep,
  sightingUpsert,
} from "../shared/delivery-sightings.js";
import type { PostgresHandle } from "./postgres-handle.js";
import { seenDeliveries } from "./schema/seen-deliveries.js";

/**
 * The delivery ledger every replica shares. One statement decides a sighting: the insert lands, or
 * replaces an expired row (the conditional DO UPDATE), or does nothing for a live one; RETURNING
 * tells which. Two replicas inserting one id at once: the second waits on the first's row and then
 * sees it live, so exactly one of them gets true.
 */
export function createPostgresDeliveryLedger({ db }: Pick<PostgresHandle, "db">): DeliveryLedger {
  const purgeDue = purgeSchedule();
  return {
    async firstSighting(platform, deliveryId, now, keepUntil) {
      if (purgeDue(now))
        await db.delete(seenDeliveries).where(expiredSightingsWhere(seenDeliveries.expiresAt, now));
      const { values, onConflict } = sightingUpsert(seenDeliveries, platform, deliveryId, now, keepUntil);
      const recorded = await db
        .insert(seenDeliveries)
        .values(values)
        .onConflictDoUpdate(onConflict)
        .returning({ platform: seenDeliveries.platform });
      return recorded.length === 1;
    },
    async keepSighting(platform, deliveryId, keepUntil) {
      const { values, onConflict } = sightingKeep(seenDeliveries, platform, deliveryId, keepUntil);
      await db.insert(seenDeliveries).values(values).onConflictDoUpdate(onConflict);
    },
  };
}
