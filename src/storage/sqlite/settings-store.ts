import { eq } from "drizzle-orm";
import { readStoredSettings } from "../../core/community-settings.js";
import type { SettingsStore } from "../../ports/settings-store.js";
import { settingsUpdateOf } from "../shared/settings-update.js";
import { writeAuditEvent } from "./audit.js";
import { communitySettings } from "./schema/community-settings.js";
import type { SqliteHandle } from "./sqlite-handle.js";

export function createSqliteSettingsStore(
  { db, write }: Pick<SqliteHandle, "db" | "write">,
  clock: () => Date = () => new Date(),
): SettingsStore {
  const rowFor = (community: string) => eq(communitySettings.communityId, community);

  return {
    async get(community) {
      const row = db.select().from(communitySettings).where(rowFor(community)).get();
      return readStoredSettings(row?.settings);
    },

    async update(community, patch, actor) {
      const now = clock();
      return write((tx) => {
        const current = tx.select().from(communitySettings).where(rowFor(community)).get();
        const { after, row, audit } = settingsUpdateOf(community, current?.settings, patch, now);
        tx.insert(communitySettings)
          .values(row)
          .onConflictDoUpdate({
            target: [communitySettings.communityId],
            set: { settings: row.settings, updatedAt: row.updatedAt },
          })
          .run();
        writeAuditEvent(tx, community, actor, audit, now);
        return after;
      });
    },
  };
}
