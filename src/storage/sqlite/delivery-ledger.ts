import type { DeliveryLedger } from "../../ports/delivery-ledger.js";
import {
  expiredSightingsWhere,
  purgeSchedule,
  sightingKeep,
  sightingUpsert,
} from "../shared/delivery-sightings.js";
import { seenDeliveries } from "./schema/seen-deliveries.js";
import type { SqliteHandle } from "./sqlite-handle.js";

/** The shared delivery ledger over SQLite: one insert-if-absent per delivery, in the write lock. */
export function createSqliteDeliveryLedger({
  db,
  write,
}: Pick<SqliteHandle, "db" | "write">): DeliveryLedger {
  const purgeDue = purgeSchedule();
  return {
    async firstSighting(platform, deliveryId, now, keepUntil) {
      return write(() => {
        if (purgeDue(now))
          db.delete(seenDeliveries).where(expiredSightingsWhere(seenDeliveries.expiresAt, now)).run();
        const { values, onConflict } = sightingUpsert(seenDeliveries, platform, deliveryId, now, keepUntil);
        const recorded = db.insert(seenDeliveries).values(values).onConflictDoUpdate(onConflict).run();
        return recorded.changes === 1;
      });
    },
    async keepSighting(platform, deliveryId, keepUntil) {
      const { values, onConflict } = sightingKeep(seenDeliveries, platform, deliveryId, keepUntil);
      await write(() => db.insert(seenDeliveries).values(values).onConflictDoUpdate(onConflict).run());
    },
  };
}
