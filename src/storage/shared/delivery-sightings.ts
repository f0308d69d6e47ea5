import { type Column, type SQL, sql } from "drizzle-orm";
import type { Platform } from "../../core/actor.js";

/** Expired sightings are deleted at most this often per process: they are harmless until then. */
const PURGE_EVERY_MS = 60_000;

/** Whether this process should purge expired sightings now; true at most once per PURGE_EVERY_MS. */
export function purgeSchedule(): (now: Date) => boolean {
  let lastPurge = 0;
  return (now) => {
    if (now.getTime() - lastPurge < PURGE_EVERY_MS) return false;
    lastPurge = now.getTime();
    return true;
  };
}

/** Sightings that had expired by `now`. */
export function expiredSightingsWhere(expiresAt: Column, now: Date): SQL {
  return sql`${expiresAt} <= ${now.toISOString()}`;
}

/**
 * The insert-or-refresh of one sighting: a fresh insert, or the replacement of an expired
 * sighting, changes one row; a live one none. Both engines speak this ON CONFLICT form.
 */
export function sightingUpsert<Columns extends { platform: Column; deliveryId: Column; expiresAt: Column }>(
  columns: Columns,
  platform: Platform,
  deliveryId: string,
  now: Date,
  keepUntil: Date,
) {
  const expiresAt = keepUntil.toISOString();
  // Typed per column so each engine's onConflictDoUpdate sees its own dialect's columns.
  const target: [Columns["platform"], Columns["deliveryId"]] = [columns.platform, columns.deliveryId];
  return {
    values: { platform, deliveryId, expiresAt },
    onConflict: {
      target,
      set: { expiresAt },
      setWhere: expiredSightingsWhere(columns.expiresAt, now),
    },
  };
}

/** The unconditional keep of one sighting (keepSighting): inserted, or its expiry replaced. */
export function sightingKeep<Columns extends { platform: Column; deliveryId: Column; expiresAt: Column }>(
  columns: Columns,
  platform: Platform,
  deliveryId: string,
  keepUntil: Date,
) {
  const expiresAt = keepUntil.toISOString();
  const target: [Columns["platform"], Columns["deliveryId"]] = [columns.platform, columns.deliveryId];
  return { values: { platform, deliveryId, expiresAt }, onConflict: { target, set: { expiresAt } } };
}
