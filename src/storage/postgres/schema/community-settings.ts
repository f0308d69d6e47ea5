import { pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { jsonDocument, ownerCommunity, rowId } from "./columns.js";

/** Per-community settings: only the fields a moderator changed (see the SQLite schema). */
export const communitySettings = pgTable(
  "community_settings",
  {
    id: rowId(),
    communityId: ownerCommunity(),
    settings: jsonDocument("settings"),
    updatedAt: text("updated_at").notNull(),
  },
  (table) => [uniqueIndex("community_settings_community_unique").on(table.communityId)],
);
