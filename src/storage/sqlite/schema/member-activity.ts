import { index, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ownerCommunity, placeColumns, rowId } from "./columns.js";

/**
 * What a member used within the flood limits' window: one row per @-mention, auto-answered post
 * or suggestion that was let through, and one per "slow down" notice sent. Limits are counted
 * here, in the database, so that every process sharing it sees the same count. Refused attempts
 * are not stored (a flood adds no rows), and the retention purge drops rows older than the
 * longest window.
 */
export const memberActivity = sqliteTable(
  "member_activity",
  {
    id: rowId(),
    communityId: ownerCommunity(),
    ...placeColumns(),
    memberId: text("member_id").notNull(),
    /** "mention", "auto-answer", "suggestion" or "slow-down" (a notice sent). */
    kind: text("kind").notNull(),
    /** What was counted (a message id): a second delivery of the same message counts once. */
    eventKey: text("event_key").notNull(),
    at: text("at").notNull(),
  },
  (table) => [
    uniqueIndex("member_activity_event_unique").on(
      table.communityId,
      table.platform,
      table.memberId,
      table.eventKey,
    ),
    index("member_activity_member_kind_at_idx").on(
      table.communityId,
      table.platform,
      table.memberId,
      table.kind,
      table.at,
    ),
    index("member_activity_at_idx").on(table.at),
  ],
);
