import { type Engine, index, type SchemaKit, uniqueIndex } from "./schema-kit.js";

export function communityTables<E extends Engine>(k: SchemaKit<E>) {
  /**
   * A community owns an FAQ, its queue, settings, audit log and thread answers. `key` is a small
   * number SQLite's full-text index uses as a token (the FTS query names it, so a search reads only
   * the community's postings; PostgreSQL filters on community_id and keeps it for parity); `id` is
   * the name people and the CLI use (`console`, `discord-123`).
   */
  const communities = k.table(
    "communities",
    {
      key: k.rowId("key"),
      id: k.requiredText("id"),
      name: k.text("name"),
      createdAt: k.requiredText("created_at"),
    },
    { indexes: [uniqueIndex("communities_id_unique", "id")] },
  );

  /** Which community a Discord server, Slack workspace or console belongs to (one each). */
  const communitySpaces = k.table(
    "community_spaces",
    {
      ...k.place(),
      communityId: k.ownerCommunity(),
      name: k.text("name"),
      joinedAt: k.requiredText("joined_at"),
    },
    {
      indexes: [
        uniqueIndex("community_spaces_space_unique", "platform", "spaceId"),
        index("community_spaces_community_idx", "communityId"),
      ],
    },
  );

  /** One-time codes that link a second space into a community; only a hash of the code is kept. */
  const communityLinkCodes = k.table(
    "community_link_codes",
    {
      id: k.rowId("id"),
      codeHash: k.requiredText("code_hash"),
      communityId: k.ownerCommunity(),
      /** Where the code was issued. */
      ...k.place(),
      createdBy: k.requiredText("created_by"),
      createdAt: k.requiredText("created_at"),
      expiresAt: k.requiredText("expires_at"),
      usedAt: k.text("used_at"),
      /** `platform:spaceId` of the space that joined with it. */
      usedBy: k.text("used_by"),
    },
    { indexes: [uniqueIndex("community_link_codes_hash_unique", "codeHash")] },
  );

  return { communities, communitySpaces, communityLinkCodes };
}
