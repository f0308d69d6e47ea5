import type { $Type, BuildColumns, ColumnBuilderBase, HasDefault } from "drizzle-orm";
import type { PgTableWithColumns } from "drizzle-orm/pg-core";
import type { SQLiteTableWithColumns } from "drizzle-orm/sqlite-core";
import type { postgresColumns } from "../../postgres/schema/column-kinds.js";
import type { sqliteColumns } from "../../sqlite/schema/column-kinds.js";

/**
 * The tables are written once (the files beside this one) against a small kit of column kinds,
 * and each engine's schema folder builds them with its own drizzle builders. drizzle-kit still
 * reads one plain schema per engine, so each engine keeps its own migrations and drift check;
 * what the two cannot disagree on any more is which columns, keys and indexes exist.
 *
 * The types are exact: a kind's type is whatever the engine's builder returns
 * (see `sqliteColumns` / `postgresColumns`), looked up by engine, so `$inferSelect` on a built
 * table is what a hand-written sqliteTable/pgTable would give.
 */
export type Engine = "sqlite" | "postgres";

type KindsOf<T extends Record<string, (name: string) => ColumnBuilderBase>> = {
  [K in keyof T]: ReturnType<T[K]>;
};
interface ColumnKinds {
  sqlite: KindsOf<typeof sqliteColumns>;
  postgres: KindsOf<typeof postgresColumns>;
}
export type ColumnKind = keyof ColumnKinds["sqlite"] & keyof ColumnKinds["postgres"];
export type Column<E extends Engine, K extends ColumnKind> = ColumnKinds[E][K];

type ColumnMap = Record<string, ColumnBuilderBase>;
interface TableTypes<N extends string, C extends ColumnMap> {
  sqlite: SQLiteTableWithColumns<{
    name: N;
    schema: undefined;
    columns: BuildColumns<N, C, "sqlite">;
    dialect: "sqlite";
  }>;
  postgres: PgTableWithColumns<{
    name: N;
    schema: undefined;
    columns: BuildColumns<N, C, "pg">;
    dialect: "pg";
  }>;
}
export type Table<E extends Engine, N extends string, C extends ColumnMap> = TableTypes<N, C>[E];

/** An index over columns named by their keys in the table's column map. */
export interface IndexSpec<K extends string> {
  name: string;
  on: K[];
  unique?: boolean;
  /** A partial index over the rows where this column is set. */
  whereNotNull?: K;
  /** PostgreSQL's index method for a full-text column (SQLite has no such index). */
  using?: "gin";
}
export interface TableLayout<K extends string> {
  primaryKey?: K[];
  indexes?: IndexSpec<K>[];
}
export const index = <K extends string>(name: string, ...on: K[]): IndexSpec<K> => ({ name, on });
export const uniqueIndex = <K extends string>(name: string, ...on: K[]): IndexSpec<K> => ({
  name,
  on,
  unique: true,
});

type Choices = readonly [string, ...string[]];
/** What a row's foreign key points at; every reference in the schema targets a table's `id`. */
export type ReferencedTable = () => { id: unknown };

export interface SchemaKit<E extends Engine> {
  column: { [K in ColumnKind]: (name: string) => Column<E, K> };
  /** A required text column holding one of a few values (TypeScript-only: no CHECK in the DDL). */
  oneOf<const V extends Choices>(name: string, values: V): $Type<Column<E, "requiredText">, V[number]>;
  oneOfWithDefault<const V extends Choices>(
    name: string,
    values: V,
    fallback: V[number],
  ): HasDefault<$Type<Column<E, "requiredText">, V[number]>>;
  reference(name: string, target: ReferencedTable, onDelete: "cascade"): Column<E, "requiredInteger">;
  optionalReference(name: string, target: ReferencedTable, onDelete: "set null"): Column<E, "integer">;
  table<N extends string, C extends ColumnMap>(
    name: N,
    columns: C,
    layout?: TableLayout<keyof C & string>,
  ): Table<E, N, C>;
}

/** The row's owning community; see communities.ts for what a community is. */
export const ownerCommunity = <E extends Engine>(k: SchemaKit<E>) => k.column.requiredText("community_id");
/** Where something happened: the Discord server, Slack workspace or console (not the community). */
export const placeColumns = <E extends Engine>(k: SchemaKit<E>) => ({
  platform: k.column.requiredText("platform"),
  spaceId: k.column.requiredText("space_id"),
});
