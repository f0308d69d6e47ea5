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
  requiredText: (name: string) => text(name).notNull(),
  integer: (name: string) => integer(name),
  requiredInteger: (name: string) => integer(name).notNull(),
  /** A counter that a new row starts at 1 (an entry's version). */
  counterFromOne: (name: string) => integer(name).notNull().default(1),
  number: (name: string) => real(name),
  requiredNumber: (name: string) => real(name).notNull(),
  jsonList: (name: string) => text(name, { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
  jsonDocument: (name: string) => text(name, { mode: "json" }).$type<Record<string, unknown>>().notNull(),
};
