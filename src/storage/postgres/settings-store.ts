import { eq } from "drizzle-orm";
import { readStoredSettings } from "../../core/community-settings.js";
import type { SettingsStore } from "../../ports/settings-store.js";
import { settingsUpdateOf } from "../shared/settings-update.js";
import { writeAuditEvent } from "./audit.js";
import { lockOf, type PostgresHandle } from "./postgres-handle.js";
import { communitySettings } from "./schema/community-settings.js";

export function createPostgresSettingsStore(
  { db, write }: Pick<PostgresHandle, "db" | "write">,
  clock: () => Date = () => new Date(),
): SettingsStore {
  const rowFor = (community: string) => eq(communitySettings.communityId, community);

  return {
    async get(community) {
      const [row] = await db.select().from(communitySettings).where(rowFor(community));
      return readStoredSettings(row?.settings);
    },

    async update(community, patch, actor) {
      const now = clock();
      return write([lockOf.community(community)], async (tx) => {
        const [current] = await tx.select().from(communitySettings).where(rowFor(community));
        const { after, row, audit } = settingsUpdateOf(community, current?.settings, patch, now);
        await tx
          .insert(communitySettings)
          .values(row)
          .onConflictDoUpdate({
            target: [communitySettings.communityId],
            set: { settings: row.settings, updatedAt: row.updatedAt },
          });
        await writeAuditEvent(tx, community, actor, audit, now);
        return after;
      });
    },
  };
}
