import { eq } from "drizzle-orm";
import type { SettingsStore } from "../../ports/settings-store.js";
import { createSettingsStore, type SettingsOps } from "../shared/settings-update.js";
import { auditOpsOn } from "./audit.js";
import type { PostgresHandle } from "./postgres-handle.js";
import { communitySettings } from "./schema/community-settings.js";
import { postgresStepEngine } from "./step-engine.js";

export function createPostgresSettingsStore(
  handle: Pick<PostgresHandle, "db" | "write">,
  clock: () => Date = () => new Date(),
): SettingsStore {
  const engine = postgresStepEngine(
    handle,
    (db): SettingsOps => ({
      ...auditOpsOn(db),
      storedSettings: async (community) =>
        (await db.select().from(communitySettings).where(eq(communitySettings.communityId, community)))[0]
          ?.settings,
      saveSettings: (row) =>
        db
          .insert(communitySettings)
          .values(row)
          .onConflictDoUpdate({
            target: [communitySettings.communityId],
            set: { settings: row.settings, updatedAt: row.updatedAt },
          }),
    }),
  );
  return createSettingsStore(engine, clock);
}
