import { index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { ownerCommunity, placeColumns, rowId } from "./columns.js";

/**
 * Communities, their spaces and link codes (meaning as in the SQLite schema). `key` is kept for
 * parity; PostgreSQL's search filters on community_id directly and does not need it.
 */
export const communities = pgTable(
  "communities",
  {
    key: integer("key").primaryKey().generatedByDefaultAsIdentity(),
    id: text("id").notNull(),
    name: text("name"),
    createdAt: text("created_at").notNull(),
  },
  (table) => [uniqueIndex("communities_id_unique").on(table.id)],
);

export const communitySpaces = pgTable(
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

export const communityLinkCodes = pgTable(
  "community_link_codes",
  {
    id: rowId(),
    codeHash: text("code_hash").notNull(),
    communityId: ownerCommunity(),
    ...placeColumns(),
    createdBy: text("created_by").notNull(),
    createdAt: text("created_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    usedAt: text("used_at"),
    usedBy: text("used_by"),
  },
  (table) => [uniqueIndex("community_link_codes_hash_unique").on(table.codeHash)],
);
