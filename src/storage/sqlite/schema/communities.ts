import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ownerCommunity, placeColumns, rowId } from "./columns.js";

/**
 * A community owns an FAQ, its queue, settings, audit log and thread answers. `key` is a small
 * number the full-text index uses as a token (the FTS query names it, so a search reads only the
 * community's postings); `id` is the name people and the CLI use (`console`, `discord-123`).
 */
export const communities = sqliteTable(
  "communities",
  {
    key: integer("key").primaryKey({ autoIncrement: true }),
    id: text("id").notNull(),
    name: text("name"),
    createdAt: text("created_at").notNull(),
  },
  (table) => [uniqueIndex("communities_id_unique").on(table.id)],
);

/** Which community a Discord server, Slack workspace or console belongs to (one each). */
export const communitySpaces = sqliteTable(
  "community_spaces",
  {
    ...placeColumns(),
    communityId: ownerCommunity(),
    name: text("name"),
    joinedAt: text("joined_at").notNull(),
  },
  (table) => [
    uniqueIndex("community_spaces_space_unique").on(table.platform, table.spaceId),
    index("community_spaces_community_idx").on(table.communityId),
  ],
);

/** One-time codes that link a second space into a community; only a hash of the code is kept. */
export const communityLinkCodes = sqliteTable(
  "community_link_codes",
  {
    id: rowId(),
    codeHash: text("code_hash").notNull(),
    communityId: ownerCommunity(),
    /** Where the code was issued. */
    ...placeColumns(),
    createdBy: text("created_by").notNull(),
    createdAt: text("created_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    usedAt: text("used_at"),
    /** `platform:spaceId` of the space that joined with it. */
    usedBy: text("used_by"),
  },
  (table) => [uniqueIndex("community_link_codes_hash_unique").on(table.codeHash)],
);
