import type { CommunityKey, CommunitySettings } from "../core/community-settings.js";

export interface SettingsStore {
  get(key: CommunityKey): Promise<CommunitySettings>;
  /** Writes the change and an audit row in one transaction; returns the new settings. */
  update(key: CommunityKey, patch: Partial<CommunitySettings>, actorId: string): Promise<CommunitySettings>;
}
