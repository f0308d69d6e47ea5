import { and, eq } from "drizzle-orm";
import {
  type CommunityKey,
  type CommunitySettings,
  readStoredSettings,
} from "../../core/community-settings.js";
import type { SettingsStore } from "../../ports/settings-store.js";
import { auditLog } from "./schema/audit-log.js";
import { communitySettings } from "./schema/community-settings.js";
import type { SqliteHandle } from "./sqlite-handle.js";

export function createSqliteSettingsStore(
  { db }: Pick<SqliteHandle, "db">,
  clock: () => Date = () => new Date(),
): SettingsStore {
  const rowFor = (key: CommunityKey) =>
    and(eq(communitySettings.platform, key.platform), eq(communitySettings.communityId, key.communityId));

  return {
    async get(key) {
      const row = db.select().from(communitySettings).where(rowFor(key)).get();
      return readStoredSettings(row?.settings);
    },

    async update(key, patch, actorId) {
      const now = clock().toISOString();
      return db.transaction(
        (tx) => {
          const row = tx.select().from(communitySettings).where(rowFor(key)).get();
          const before = readStoredSettings(row?.settings);
          const changes = Object.fromEntries(
            Object.entries(patch).filter(([, value]) => value !== undefined),
          ) as Partial<CommunitySettings>;
          const after = readStoredSettings({ ...before, ...changes });
          const stored = after as unknown as Record<string, unknown>;
          tx.insert(communitySettings)
            .values({
              platform: key.platform,
              communityId: key.communityId,
              settings: stored,
              updatedAt: now,
            })
            .onConflictDoUpdate({
              target: [communitySettings.platform, communitySettings.communityId],
              set: { settings: stored, updatedAt: now },
            })
            .run();
          tx.insert(auditLog)
            .values({
              actor: actorId,
              platform: key.platform,
              community: key.communityId,
              action: "settings.update",
              target: "settings",
              detail: { before: pick(before, changes), after: pick(after, changes) },
              at: now,
            })
            .run();
          return after;
        },
        { behavior: "immediate" },
      );
    },
  };
}

function pick(settings: CommunitySettings, keysOf: Partial<CommunitySettings>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(keysOf).map((key) => [key, settings[key as keyof CommunitySettings]]),
  );
}
