import { type ColumnBuilderBase, sql } from "drizzle-orm";
import {
  index,
  integer,
  type PgColumn,
  type PgColumnBuilderBase,
  type PgTableExtraConfigValue,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { IndexSpec, SchemaKit, Table, TableLayout } from "../../shared/schema/schema-kit.js";
import { postgresColumns } from "./column-kinds.js";

type BuiltColumns = Record<string, PgColumn>;

function indexFrom(table: BuiltColumns, spec: IndexSpec<string>): PgTableExtraConfigValue {
  const columns = spec.on.map((key) => table[key] as PgColumn) as [PgColumn];
  const named = (spec.unique ? uniqueIndex : index)(spec.name);
  const built = spec.using ? named.using(spec.using, ...columns) : named.on(...columns);
  const partial = spec.whereNotNull;
  return partial ? built.where(sql`${table[partial]} IS NOT NULL`) : built;
}

function layoutFrom(table: BuiltColumns, layout: TableLayout<string>): PgTableExtraConfigValue[] {
  const keyColumns = (layout.primaryKey ?? []).map((key) => table[key] as PgColumn);
  const key = keyColumns.length > 0 ? [primaryKey({ columns: keyColumns as [PgColumn] })] : [];
  return [...key, ...(layout.indexes ?? []).map((spec) => indexFrom(table, spec))];
}

/** The shared schema's tables built with PostgreSQL's drizzle builders. */
export const postgresKit: SchemaKit<"postgres"> = {
  column: postgresColumns,
  oneOf: (name) => text(name).notNull().$type(),
  oneOfWithDefault: <const V extends readonly [string, ...string[]]>(
    name: string,
    _values: V,
    fallback: V[number],
  ) => text(name).notNull().$type<V[number]>().default(fallback),
  reference: (name, target, onDelete) =>
    integer(name)
      .notNull()
      .references(() => target().id as PgColumn, { onDelete }),
  optionalReference: (name, target, onDelete) =>
    integer(name).references(() => target().id as PgColumn, { onDelete }),
  table: <N extends string, C extends Record<string, ColumnBuilderBase>>(
    name: N,
    columns: C,
    layout: TableLayout<string> = {},
  ) =>
    pgTable(name, columns as unknown as Record<string, PgColumnBuilderBase>, (table) =>
      layoutFrom(table as unknown as BuiltColumns, layout),
    ) as unknown as Table<"postgres", N, C>,
};
