import { eq } from "drizzle-orm";
import type { SettingsStore } from "../../ports/settings-store.js";
import { createSettingsStore, type SettingsOps } from "../shared/settings-update.js";
import { auditOpsOn } from "./audit.js";
import { communitySettings } from "./schema/community-settings.js";
import type { SqliteHandle } from "./sqlite-handle.js";
import { sqliteStepEngine } from "./step-engine.js";

export function createSqliteSettingsStore(
  handle: Pick<SqliteHandle, "db" | "write">,
  clock: () => Date = () => new Date(),
): SettingsStore {
  const engine = sqliteStepEngine(
    handle,
    (db): SettingsOps => ({
      ...auditOpsOn(db),
      storedSettings: (community) =>
        db.select().from(communitySettings).where(eq(communitySettings.communityId, community)).get()
          ?.settings,
      saveSettings: (row) =>
        db
          .insert(communitySettings)
          .values(row)
          .onConflictDoUpdate({
            target: [communitySettings.communityId],
            set: { settings: row.settings, updatedAt: row.updatedAt },
          })
          .run(),
    }),
  );
  return createSettingsStore(engine, clock);
}
