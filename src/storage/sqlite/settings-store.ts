import { eq } from "drizzle-orm";
import { type CommunitySettings, readStoredSettings } from "../../core/community-settings.js";
import type { SettingsStore } from "../../ports/settings-store.js";
import { writeAudit } from "./audit.js";
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
        const row = tx.select().from(communitySettings).where(rowFor(community)).get();
        const before = readStoredSettings(row?.settings);
        const changes = Object.fromEntries(
          Object.entries(patch).filter(([, value]) => value !== undefined),
        ) as Partial<CommunitySettings>;
        const after = readStoredSettings({ ...before, ...changes });
        const stored = after as unknown as Record<string, unknown>;
        const updatedAt = now.toISOString();
        tx.insert(communitySettings)
          .values({ communityId: community, settings: stored, updatedAt })
          .onConflictDoUpdate({
            target: [communitySettings.communityId],
            set: { settings: stored, updatedAt },
          })
          .run();
        const detail = { before: pick(before, changes), after: pick(after, changes) };
        writeAudit(tx, community, actor, "settings.update", "settings", detail, now);
        return after;
      });
    },
  };
}

function pick(settings: CommunitySettings, keysOf: Partial<CommunitySettings>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(keysOf).map((key) => [key, settings[key as keyof CommunitySettings]]),
  );
}
