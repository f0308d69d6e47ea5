import { sql } from "drizzle-orm";
import { integer, real, text } from "drizzle-orm/sqlite-core";

/**
 * SQLite's builder for each column kind of the shared schema (src/storage/shared/schema). Lists
 * and documents are JSON text: small, always read whole. Timestamps are ISO-8601 text on both
 * engines, so they compare and sort the same way in both engines' queries.
 */
export const sqliteColumns = {
  rowId: (name: string) => integer(name).primaryKey({ autoIncrement: true }),
  text: (name: string) => text(name),
  integer: (name: string) => integer(name),
  number: (name: string) => real(name),
  jsonList: (name: string) => text(name, { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
  jsonDocument: (name: string) => text(name, { mode: "json" }).$type<Record<string, unknown>>().notNull(),
};
