import { index, pgTable, text } from "drizzle-orm/pg-core";
import { jsonDocument, ownerCommunity, placeColumns, rowId } from "./columns.js";

/** One row per moderator action, never updated (see the SQLite schema for the columns' meaning). */
export const auditLog = pgTable(
  "audit_log",
  {
    id: rowId(),
    communityId: ownerCommunity(),
    actor: text("actor").notNull(),
    ...placeColumns(),
    action: text("action").notNull(),
    target: text("target").notNull(),
    detail: jsonDocument("detail"),
    at: text("at").notNull(),
  },
  (table) => [index("audit_log_community_at_idx").on(table.communityId, table.at)],
);
