import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { is, Table } from "drizzle-orm";
import { PgTable, pgTable, getTableConfig as pgTableConfig, text } from "drizzle-orm/pg-core";
import { SQLiteTable, getTableConfig as sqliteTableConfig } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as pgAudit from "../../src/storage/postgres/schema/audit-log.js";

/** A table as both engines must agree on it: column name -> nullable. */
type Shape = Map<string, Map<string, boolean>>;

/** Columns only one engine has, on purpose. PostgreSQL's search document stands in for FTS5's table. */
const engineOnly = { postgres: new Set(["faq_entries.search"]), sqlite: new Set<string>() };

const root = new URL("../..", import.meta.url).pathname;

/** Every table exported by every module of a schema folder (a new file is picked up by itself). */
async function tablesIn(folder: string): Promise<Table[]> {
  const tables: Table[] = [];
  for (const file of readdirSync(join(root, folder))
    .filter((name) => name.endsWith(".ts"))
    .sort()) {
    const module = (await import(pathToFileURL(join(root, folder, file)).href)) as Record<string, unknown>;
    for (const value of Object.values(module)) if (is(value, Table)) tables.push(value);
  }
  return tables;
}

function shapeOf(tables: readonly Table[]): Shape {
  const shape: Shape = new Map();
  for (const table of tables) {
    const config = is(table, PgTable)
      ? pgTableConfig(table)
      : is(table, SQLiteTable)
        ? sqliteTableConfig(table)
        : null;
    if (!config) throw new Error(`${String(table)} is neither a PostgreSQL nor a SQLite table`);
    shape.set(config.name, new Map(config.columns.map((column) => [column.name, !column.notNull])));
  }
  return shape;
}

/** Every way the two shapes disagree, as readable lines (empty when they match). */
function differences(sqlite: Shape, postgres: Shape): string[] {
  const found: string[] = [];
  for (const name of new Set([...sqlite.keys(), ...postgres.keys()])) {
    const left = sqlite.get(name);
    const right = postgres.get(name);
    if (!left || !right) {
      found.push(`table ${name} only on ${left ? "SQLite" : "PostgreSQL"}`);
      continue;
    }
    for (const column of new Set([...left.keys(), ...right.keys()])) {
      const key = `${name}.${column}`;
      const onSqlite = left.get(column);
      const onPostgres = right.get(column);
      if (onSqlite === undefined && !engineOnly.postgres.has(key))
        found.push(`column ${key} only on PostgreSQL`);
      else if (onPostgres === undefined && !engineOnly.sqlite.has(key))
        found.push(`column ${key} only on SQLite`);
      else if (onSqlite !== undefined && onPostgres !== undefined && onSqlite !== onPostgres)
        found.push(`column ${key} is ${onSqlite ? "nullable" : "NOT NULL"} on SQLite but not on PostgreSQL`);
    }
  }
  return found.sort();
}

describe("schema parity between the SQLite and PostgreSQL engines", () => {
  it("has the same tables, columns and nullability on both", async () => {
    const sqlite = shapeOf(await tablesIn("src/storage/sqlite/schema"));
    const postgres = shapeOf(await tablesIn("src/storage/postgres/schema"));
    expect(sqlite.size).toBeGreaterThanOrEqual(12);
    expect([...postgres.keys()].sort()).toEqual([...sqlite.keys()].sort());
    expect(differences(sqlite, postgres)).toEqual([]);
  });

  it("fails on an altered copy: a nullable column, a missing one, an extra one and an extra table", async () => {
    const sqlite = shapeOf(await tablesIn("src/storage/sqlite/schema"));
    const real = pgAudit.auditLog;
    expect(pgTableConfig(real).columns.some((column) => column.name === "target")).toBe(true);
    // audit_log with `actor` nullable, `target` gone and a column SQLite lacks.
    const altered = pgTable("audit_log", {
      id: text("id").primaryKey(),
      community_id: text("community_id").notNull(),
      actor: text("actor"),
      platform: text("platform").notNull(),
      space_id: text("space_id").notNull(),
      action: text("action").notNull(),
      detail: text("detail").notNull(),
      at: text("at").notNull(),
      note: text("note"),
    });
    const others = (await tablesIn("src/storage/postgres/schema")).filter((table) => table !== real);
    const extraTable = pgTable("audit_archive", { id: text("id").primaryKey() });
    expect(differences(sqlite, shapeOf([...others, altered, extraTable]))).toEqual([
      "column audit_log.actor is NOT NULL on SQLite but not on PostgreSQL",
      "column audit_log.note only on PostgreSQL",
      "column audit_log.target only on SQLite",
      "table audit_archive only on PostgreSQL",
    ]);
  });
});
