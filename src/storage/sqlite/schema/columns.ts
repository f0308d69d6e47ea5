import { integer, text } from "drizzle-orm/sqlite-core";

/**
 * Columns many tables share. `community_id` names the community that owns a row (its FAQ, queue,
 * settings, audit, thread answers); `platform` + `space_id` name the Discord server, Slack
 * workspace or console where something happened, which is not the same thing once a server and a
 * workspace are linked into one community.
 */
export const rowId = () => integer("id").primaryKey({ autoIncrement: true });
export const ownerCommunity = () => text("community_id").notNull();
export const placeColumns = () => ({
  platform: text("platform").notNull(),
  spaceId: text("space_id").notNull(),
});
/** Lists (aliases, tags, ...) are JSON arrays in text columns: small, always read whole. */
export const jsonList = (name: string) => text(name, { mode: "json" }).$type<string[]>().notNull();
