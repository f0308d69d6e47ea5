import { sql } from "drizzle-orm";
import { customType, doublePrecision, integer, jsonb, text } from "drizzle-orm/pg-core";

/**
 * PostgreSQL's builder for each column kind of the shared schema (src/storage/shared/schema):
 * the same names and nullability as SQLite's (test/storage/schema-parity.test.ts holds them
 * together). Lists and documents are jsonb here, where SQLite keeps JSON text.
 */
export const postgresColumns = {
  rowId: (name: string) => integer(name).primaryKey().generatedByDefaultAsIdentity(),
  text: (name: string) => text(name),
  integer: (name: string) => integer(name),
  number: (name: string) => doublePrecision(name),
  jsonList: (name: string) => jsonb(name).$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  jsonDocument: (name: string) => jsonb(name).$type<Record<string, unknown>>().notNull(),
};

/** drizzle has no built-in tsvector column; the value is only ever read by the database itself. */
export const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
