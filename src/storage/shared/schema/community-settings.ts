import { type Engine, ownerCommunity, type SchemaKit, uniqueIndex } from "./schema-kit.js";

export function communitySettingsTable<E extends Engine>(k: SchemaKit<E>) {
  const { column } = k;
  /**
   * Per-community settings as one JSON document: only the fields a moderator changed are stored,
   * the rest come from the defaults at read time, so a new default reaches every community.
   */
  const communitySettings = k.table(
    "community_settings",
    {
      id: column.rowId("id"),
      communityId: ownerCommunity(k),
      settings: column.jsonDocument("settings"),
      updatedAt: column.requiredText("updated_at"),
    },
    { indexes: [uniqueIndex("community_settings_community_unique", "communityId")] },
  );

  return { communitySettings };
}
