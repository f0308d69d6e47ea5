import { index, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { ownerCommunity, placeColumns, rowId } from "./columns.js";

/**
 * The flood limits' uses and "slow down" notices, one row each; the columns and keys are those of
 * src/storage/sqlite/schema/member-activity.ts. The unique event key is what lets concurrent
 * instances insert the same delivery without counting it twice.
 */
export const memberActivity = pgTable(
  "member_activity",
  {
    id: rowId(),
    communityId: ownerCommunity(),
    ...placeColumns(),
    memberId: text("member_id").notNull(),
    kind: text("kind").notNull(),
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
