import { sql } from "drizzle-orm";
import type { DeliveryLedger } from "../../ports/delivery-ledger.js";
import { seenDeliveries } from "./schema/seen-deliveries.js";
import type { SqliteHandle } from "./sqlite-handle.js";

/** Expired sightings are deleted at most this often per process: they are harmless until then. */
const PURGE_EVERY_MS = 60_000;

/** The shared delivery ledger over SQLite: one insert-if-absent per delivery, in the write lock. */
export function createSqliteDeliveryLedger({
  db,
  write,
}: Pick<SqliteHandle, "db" | "write">): DeliveryLedger {
  let lastPurge = 0;
  return {
    async firstSighting(platform, deliveryId, now, keepUntil) {
      const nowText = now.toISOString();
      return write(() => {
        if (now.getTime() - lastPurge >= PURGE_EVERY_MS) {
          lastPurge = now.getTime();
          db.delete(seenDeliveries).where(sql`${seenDeliveries.expiresAt} <= ${nowText}`).run();
        }
        // A fresh insert, or the replacement of an expired sighting, changes one row; a live one none.
        const recorded = db
          .insert(seenDeliveries)
          .values({ platform, deliveryId, expiresAt: keepUntil.toISOString() })
          .onConflictDoUpdate({
            target: [seenDeliveries.platform, seenDeliveries.deliveryId],
            set: { expiresAt: keepUntil.toISOString() },
            setWhere: sql`${seenDeliveries.expiresAt} <= ${nowText}`,
          })
          .run();
        return recorded.changes === 1;
      });
    },
  };
}
