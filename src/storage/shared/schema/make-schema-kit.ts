import { sql } from "drizzle-orm";
import type { ColumnKind, Engine, IndexSpec, SchemaKit, TableLayout } from "./schema-kit.js";

/**
 * What the kit needs of an engine's drizzle builders. drizzle's two dialects have the same builder
 * API but unrelated types, so they meet here through this loose shape, and the kit hands back the
 * exact per-engine types declared by SchemaKit.
 */
interface ColumnBuilder {
  notNull(): ColumnBuilder;
  $type(): ColumnBuilder;
  default(value: unknown): ColumnBuilder;
  references(target: () => unknown, actions: { onDelete: string }): ColumnBuilder;
}
interface IndexBuilder {
  on(...columns: unknown[]): { where(condition: unknown): unknown };
  using?: (method: string, ...columns: unknown[]) => { where(condition: unknown): unknown };
}
export interface EngineBuilders {
  columns: Record<ColumnKind, (name: string) => ColumnBuilder>;
  index(name: string): IndexBuilder;
  uniqueIndex(name: string): IndexBuilder;
  primaryKey(config: { columns: unknown[] }): unknown;
  table(name: string, columns: object, extras: (table: Record<string, unknown>) => unknown[]): unknown;
}

function indexFrom(engine: EngineBuilders, table: Record<string, unknown>, spec: IndexSpec<string>) {
  const columns = spec.on.map((key) => table[key]);
  const named = (spec.unique ? engine.uniqueIndex : engine.index)(spec.name);
  if (spec.using && !named.using) throw new Error(`This engine has no ${spec.using} index (${spec.name}).`);
  const built = spec.using && named.using ? named.using(spec.using, ...columns) : named.on(...columns);
  const partial = spec.whereNotNull;
  return partial ? built.where(sql`${table[partial]} IS NOT NULL`) : built;
}

function layoutFrom(engine: EngineBuilders, table: Record<string, unknown>, layout: TableLayout<string>) {
  const keyColumns = (layout.primaryKey ?? []).map((key) => table[key]);
  const key = keyColumns.length > 0 ? [engine.primaryKey({ columns: keyColumns })] : [];
  return [...key, ...(layout.indexes ?? []).map((spec) => indexFrom(engine, table, spec))];
}

/** One engine's kit: its column kinds, plus the references, choices and tables built on them. */
export function makeSchemaKit<E extends Engine>(engine: EngineBuilders): SchemaKit<E> {
  const { columns } = engine;
  const requiredText = (name: string) => columns.text(name).notNull();
  const referenceTo = (target: () => { id: unknown }) => () => target().id;
  const kit = {
    ...columns,
    requiredText,
    requiredInteger: (name: string) => columns.integer(name).notNull(),
    requiredNumber: (name: string) => columns.number(name).notNull(),
    counterFromOne: (name: string) => columns.integer(name).notNull().default(1),
    oneOf: (name: string) => requiredText(name).$type(),
    oneOfWithDefault: (name: string, _values: unknown, fallback: string) =>
      requiredText(name).$type().default(fallback),
    reference: (name: string, target: () => { id: unknown }, onDelete: string) =>
      columns.integer(name).notNull().references(referenceTo(target), { onDelete }),
    optionalReference: (name: string, target: () => { id: unknown }, onDelete: string) =>
      columns.integer(name).references(referenceTo(target), { onDelete }),
    ownerCommunity: () => requiredText("community_id"),
    place: () => ({ platform: requiredText("platform"), spaceId: requiredText("space_id") }),
    table: (name: string, columns: object, layout: TableLayout<string> = {}) =>
      engine.table(name, columns, (table) => layoutFrom(engine, table, layout)),
  };
  // The loose builder shape above erased drizzle's per-engine types; SchemaKit restores them.
  return kit as unknown as SchemaKit<E>;
}
