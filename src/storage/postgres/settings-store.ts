import { eq } from "drizzle-orm";
import { type SettingsOps, settingsUpsert } from "../shared/settings-update.js";
import type { Database } from "./postgres-handle.js";
import { communitySettings } from "./schema/community-settings.js";

/** The settings store's calls over PostgreSQL: one row a community, upserted whole. */
export function postgresSettingsOps(db: Database): SettingsOps {
  return {
    async storedSettings(community) {
      const [row] = await db
        .select()
        .from(communitySettings)
        .where(eq(communitySettings.communityId, community));
      return row?.settings;
    },
    saveSettings: (row) =>
      db
        .insert(communitySettings)
        .values(row)
        .onConflictDoUpdate(settingsUpsert(communitySettings.communityId, row)),
  };
}
