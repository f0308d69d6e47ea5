import type { CommunityId } from "../../core/community.js";
import { type CommunitySettings, readStoredSettings } from "../../core/community-settings.js";
import type { AuditEvent } from "./audit-row.js";

/** What a settings update writes: the settings after it, the row to upsert, and its audit event. */
export interface SettingsUpdate {
  after: CommunitySettings;
  row: { communityId: CommunityId; settings: Record<string, unknown>; updatedAt: string };
  audit: AuditEvent;
}

/**
 * Applies `patch` (undefined keys left alone) to the stored settings. The audit detail holds only
 * the changed keys, before and after, so the log says what a moderator actually touched.
 */
export function settingsUpdateOf(
  community: CommunityId,
  stored: unknown,
  patch: Partial<CommunitySettings>,
  now: Date,
): SettingsUpdate {
  const before = readStoredSettings(stored);
  const changes = Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<CommunitySettings>;
  const after = readStoredSettings({ ...before, ...changes });
  const settings = after as unknown as Record<string, unknown>;
  return {
    after,
    row: { communityId: community, settings, updatedAt: now.toISOString() },
    audit: {
      action: "settings.update",
      target: "settings",
      detail: { before: pick(before, changes), after: pick(after, changes) },
    },
  };
}

function pick(settings: CommunitySettings, keysOf: Partial<CommunitySettings>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(keysOf).map((key) => [key, settings[key as keyof CommunitySettings]]),
  );
}
