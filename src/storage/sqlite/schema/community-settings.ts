import { sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ownerCommunity, rowId } from "./columns.js";

/**
 * Per-community settings as one JSON document: only the fields a moderator changed are stored,
 * the rest come from the defaults at read time, so a new default reaches every community.
 */
export const communitySettings = sqliteTable(
  "community_settings",
  {
    id: rowId(),
    communityId: ownerCommunity(),
    settings: text("settings", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (table) => [uniqueIndex("community_settings_community_unique").on(table.communityId)],
);
