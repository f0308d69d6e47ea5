import { type CommunitySettings, defaultCommunitySettings } from "../../src/core/community-settings.js";
import type { SettingsStore } from "../../src/ports/settings-store.js";

/**
 * A settings store that always answers the same settings, for command tests that read the
 * community's settings (the rules commands read its marketplace) without a database.
 */
export function fixedSettings(overrides: Partial<CommunitySettings> = {}): SettingsStore {
  const settings = { ...defaultCommunitySettings, ...overrides };
  return {
    get: async () => settings,
    update: async () => {
      throw new Error("fixedSettings is read-only");
    },
  };
}
