import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * Per-community settings as one JSON document: only the fields a moderator changed are stored,
 * the rest come from the defaults at read time, so a new default reaches every community.
 */
export const communitySettings = sqliteTable(
  "community_settings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    platform: text("platform").notNull(),
    communityId: text("community_id").notNull(),
    settings: text("settings", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (table) => [
    uniqueIndex("community_settings_platform_community_unique").on(table.platform, table.communityId),
  ],
);
