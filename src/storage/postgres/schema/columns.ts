import { customType, integer, jsonb, text } from "drizzle-orm/pg-core";

/**
 * The PostgreSQL twins of src/storage/sqlite/schema/columns.ts: same names, same nullability
 * (test/storage/schema-parity.test.ts holds them together). Lists and documents are jsonb here,
 * where SQLite keeps JSON text; timestamps stay ISO-8601 text on both, so they compare and sort
 * the same way in both engines' queries.
 */
export const rowId = () => integer("id").primaryKey().generatedByDefaultAsIdentity();
export const ownerCommunity = () => text("community_id").notNull();
export const placeColumns = () => ({
  platform: text("platform").notNull(),
  spaceId: text("space_id").notNull(),
});
export const jsonList = (name: string) => jsonb(name).$type<string[]>().notNull();
export const jsonDocument = (name: string) => jsonb(name).$type<Record<string, unknown>>().notNull();

/** drizzle has no built-in tsvector column; the value is only ever read by the database itself. */
export const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
