import type { $Type, BuildColumns, ColumnBuilderBase, HasDefault, NotNull } from "drizzle-orm";
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

export type SchemaKit<E extends Engine> = { [K in ColumnKind]: (name: string) => Column<E, K> } & {
  requiredText(name: string): NotNull<Column<E, "text">>;
  requiredInteger(name: string): NotNull<Column<E, "integer">>;
  requiredNumber(name: string): NotNull<Column<E, "number">>;
  /** A counter that a new row starts at 1 (an entry's version). */
  counterFromOne(name: string): HasDefault<NotNull<Column<E, "integer">>>;
  /** A required text column holding one of a few values (TypeScript-only: no CHECK in the DDL). */
  oneOf<const V extends Choices>(name: string, values: V): $Type<NotNull<Column<E, "text">>, V[number]>;
  oneOfWithDefault<const V extends Choices>(
    name: string,
    values: V,
    fallback: V[number],
  ): HasDefault<$Type<NotNull<Column<E, "text">>, V[number]>>;
  reference(name: string, target: ReferencedTable, onDelete: "cascade"): NotNull<Column<E, "integer">>;
  optionalReference(name: string, target: ReferencedTable, onDelete: "set null"): Column<E, "integer">;
  /** The row's owning community; see communities.ts for what a community is. */
  ownerCommunity(): NotNull<Column<E, "text">>;
  /** Where something happened: the Discord server, Slack workspace or console (not the community). */
  place(): { platform: NotNull<Column<E, "text">>; spaceId: NotNull<Column<E, "text">> };
  table<N extends string, C extends ColumnMap>(
    name: N,
    columns: C,
    layout?: TableLayout<keyof C & string>,
  ): Table<E, N, C>;
};
