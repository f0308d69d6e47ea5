import { type ColumnBuilderBase, sql } from "drizzle-orm";
import {
  index,
  integer,
  primaryKey,
  type SQLiteColumn,
  type SQLiteColumnBuilderBase,
  type SQLiteTableExtraConfigValue,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import type { IndexSpec, SchemaKit, Table, TableLayout } from "../../shared/schema/schema-kit.js";
import { sqliteColumns } from "./column-kinds.js";

type BuiltColumns = Record<string, SQLiteColumn>;

function indexFrom(table: BuiltColumns, spec: IndexSpec<string>): SQLiteTableExtraConfigValue {
  if (spec.using) throw new Error(`SQLite has no ${spec.using} index (${spec.name}).`);
  const columns = spec.on.map((key) => table[key] as SQLiteColumn);
  const built = (spec.unique ? uniqueIndex : index)(spec.name).on(...(columns as [SQLiteColumn]));
  const partial = spec.whereNotNull;
  return partial ? built.where(sql`${table[partial]} IS NOT NULL`) : built;
}

function layoutFrom(table: BuiltColumns, layout: TableLayout<string>): SQLiteTableExtraConfigValue[] {
  const keyColumns = (layout.primaryKey ?? []).map((key) => table[key] as SQLiteColumn);
  const key = keyColumns.length > 0 ? [primaryKey({ columns: keyColumns as [SQLiteColumn] })] : [];
  return [...key, ...(layout.indexes ?? []).map((spec) => indexFrom(table, spec))];
}

/** The shared schema's tables built with SQLite's drizzle builders. */
export const sqliteKit: SchemaKit<"sqlite"> = {
  column: sqliteColumns,
  oneOf: (name) => text(name).notNull().$type(),
  oneOfWithDefault: <const V extends readonly [string, ...string[]]>(
    name: string,
    _values: V,
    fallback: V[number],
  ) => text(name).notNull().$type<V[number]>().default(fallback),
  reference: (name, target, onDelete) =>
    integer(name)
      .notNull()
      .references(() => target().id as SQLiteColumn, { onDelete }),
  optionalReference: (name, target, onDelete) =>
    integer(name).references(() => target().id as SQLiteColumn, { onDelete }),
  table: <N extends string, C extends Record<string, ColumnBuilderBase>>(
    name: N,
    columns: C,
    layout: TableLayout<string> = {},
  ) =>
    sqliteTable(name, columns as unknown as Record<string, SQLiteColumnBuilderBase>, (table) =>
      layoutFrom(table as BuiltColumns, layout),
    ) as unknown as Table<"sqlite", N, C>,
};
