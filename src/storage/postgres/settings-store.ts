import { eq } from "drizzle-orm";
import { type CommunitySettings, readStoredSettings } from "../../core/community-settings.js";
import type { SettingsStore } from "../../ports/settings-store.js";
import { writeAudit } from "./audit.js";
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
        const [row] = await tx.select().from(communitySettings).where(rowFor(community));
        const before = readStoredSettings(row?.settings);
        const changes = Object.fromEntries(
          Object.entries(patch).filter(([, value]) => value !== undefined),
        ) as Partial<CommunitySettings>;
        const after = readStoredSettings({ ...before, ...changes });
        const stored = after as unknown as Record<string, unknown>;
        const updatedAt = now.toISOString();
        await tx
          .insert(communitySettings)
          .values({ communityId: community, settings: stored, updatedAt })
          .onConflictDoUpdate({
            target: [communitySettings.communityId],
            set: { settings: stored, updatedAt },
          });
        const detail = { before: pick(before, changes), after: pick(after, changes) };
        await writeAudit(tx, community, actor, "settings.update", "settings", detail, now);
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
