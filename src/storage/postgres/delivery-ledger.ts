import { sql } from "drizzle-orm";
import type { DeliveryLedger } from "../../ports/delivery-ledger.js";
import type { PostgresHandle } from "./postgres-handle.js";
import { seenDeliveries } from "./schema/seen-deliveries.js";

/** Expired sightings are deleted at most this often per process: they are harmless until then. */
const PURGE_EVERY_MS = 60_000;

/**
 * The delivery ledger every replica shares. One statement decides a sighting: the insert lands, or
 * replaces an expired row (the conditional DO UPDATE), or does nothing for a live one; RETURNING
 * tells which. Two replicas inserting one id at once: the second waits on the first's row and then
 * sees it live, so exactly one of them gets true.
 */
export function createPostgresDeliveryLedger({ db }: Pick<PostgresHandle, "db">): DeliveryLedger {
  let lastPurge = 0;
  return {
    async firstSighting(platform, deliveryId, now, keepUntil) {
      const nowText = now.toISOString();
      if (now.getTime() - lastPurge >= PURGE_EVERY_MS) {
        lastPurge = now.getTime();
        await db.delete(seenDeliveries).where(sql`${seenDeliveries.expiresAt} <= ${nowText}`);
      }
      const recorded = await db
        .insert(seenDeliveries)
        .values({ platform, deliveryId, expiresAt: keepUntil.toISOString() })
        .onConflictDoUpdate({
          target: [seenDeliveries.platform, seenDeliveries.deliveryId],
          set: { expiresAt: keepUntil.toISOString() },
          setWhere: sql`${seenDeliveries.expiresAt} <= ${nowText}`,
        })
        .returning({ platform: seenDeliveries.platform });
      return recorded.length === 1;
    },
  };
}
