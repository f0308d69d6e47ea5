import type { Platform } from "../core/actor.js";

/**
 * The deliveries every instance has seen, kept in the shared database. A platform that retries
 * (Slack resends an event it thinks failed, with X-Slack-Retry-Num, to whichever replica the load
 * balancer picks) is deduplicated here rather than in one process's memory, which a retry landing
 * on another replica would never consult.
 */
export interface DeliveryLedger {
  /**
   * True for the first sighting of this delivery id by any instance: the id is recorded, kept
   * until `keepUntil`. False while an earlier sighting is still kept. An expired sighting counts as
   * none (the id is recorded again), so the table holds only the platform's retry window.
   */
  firstSighting(platform: Platform, deliveryId: string, now: Date, keepUntil: Date): Promise<boolean>;
  /**
   * Keeps the sighting until `keepUntil`, whether it is still kept, has expired or was purged: the
   * instance that took the delivery made its work safe (its thread claim landed), and from now on
   * every retry of it is a duplicate. A first sighting is kept only briefly until then, so that a
   * retry still counts if that instance died before its claim.
   */
  keepSighting(platform: Platform, deliveryId: string, keepUntil: Date): Promise<void>;
}
