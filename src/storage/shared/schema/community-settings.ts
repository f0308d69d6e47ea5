import { type Engine, type SchemaKit, uniqueIndex } from "./schema-kit.js";

export function communitySettingsTable<E extends Engine>(k: SchemaKit<E>) {
  /**
   * Per-community settings as one JSON document: only the fields a moderator changed are stored,
   * the rest come from the defaults at read time, so a new default reaches every community.
   */
  const communitySettings = k.table(
    "community_settings",
    {
      id: k.rowId("id"),
      communityId: k.ownerCommunity(),
      settings: k.jsonDocument("settings"),
      updatedAt: k.requiredText("updated_at"),
    },
    { indexes: [uniqueIndex("community_settings_community_unique", "communityId")] },
  );

  return { communitySettings };
}
