import { eq } from "drizzle-orm";
import { type SettingsOps, settingsUpsert } from "../shared/settings-update.js";
import { communitySettings } from "./schema/community-settings.js";
import type { Database } from "./sqlite-handle.js";

/** The settings store's calls over SQLite (the store itself: shared/settings-update.ts). */
export function sqliteSettingsOps(db: Database): SettingsOps {
  return {
    storedSettings: (community) =>
      db.select().from(communitySettings).where(eq(communitySettings.communityId, community)).get()?.settings,
    saveSettings: (row) =>
      db
        .insert(communitySettings)
        .values(row)
        .onConflictDoUpdate(settingsUpsert(communitySettings.communityId, row))
        .run(),
  };
}
