import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, inject } from "vitest";
import type { Stores } from "../../../src/ports/stores.js";
import { openPostgresStores } from "../../../src/storage/postgres/open-postgres.js";
import { openDatabase } from "../../../src/storage/sqlite/open-database.js";
import { createSqliteStores } from "../../../src/storage/sqlite/sqlite-stores.js";
import { createTestDatabase } from "../../support/postgres-server.js";

/** One open database of an engine, as the contract tests use it. */
export interface OpenEngine {
  stores: Stores;
  /**
   * Rows of one SQL statement with `?` placeholders, on the engine's own connection. The tests read
   * with it what no port returns (audit rows, revisions) and plant faults; the SQL is the subset
   * both engines speak.
   */
  rows<T = Record<string, unknown>>(statement: string, ...params: unknown[]): Promise<T[]>;
  /**
   * Makes the engine refuse writes to `table` (inserts or updates, optionally only rows whose
   * `column` is `equals`) with `message`, as a full disk or a broken constraint would, until the
   * returned function is called. Proves a failed write leaves nothing half-done.
   */
  failWrites(fault: WriteFault): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface WriteFault {
  table: string;
  on: "insert" | "update";
  when?: { column: string; equals: string };
  message: string;
}

/**
 * Whether `error` is the planted fault: drizzle wraps an engine's error in "Failed query: …" on
 * PostgreSQL and passes SQLite's through, so the message is looked for along the cause chain.
 */
export function causedBy(error: unknown, message: string): boolean {
  for (let current = error; current instanceof Error; current = current.cause) {
    if (current.message.includes(message)) return true;
  }
  return false;
}

/** Runs a write that must fail with the planted fault, and fails the test when it does not. */
export async function expectFault(write: Promise<unknown>, message: string): Promise<void> {
  const outcome = await write.then(
    (value) => ({ failed: false as const, value }),
    (error: unknown) => ({ failed: true as const, error }),
  );
  if (!outcome.failed)
    throw new Error(`the write succeeded (${JSON.stringify(outcome.value)}) despite the fault`);
  if (!causedBy(outcome.error, message)) throw outcome.error;
}

/** An engine the contract runs on: makes empty databases and opens them (migrating on open). */
export interface ContractEngine {
  name: "sqlite" | "postgres";
  /** Where drizzle's migrator records the migrations it applied. */
  migrationsTable: string;
  /** A new, empty database (no tables yet); returns where it is. */
  createDatabase(label: string): Promise<string>;
  open(location: string): Promise<OpenEngine>;
}

const sqliteFolders: string[] = [];

export const sqliteEngine: ContractEngine = {
  name: "sqlite",
  migrationsTable: "__drizzle_migrations",
  async createDatabase(label) {
    const folder = mkdtempSync(join(tmpdir(), "gigdesk-contract-"));
    sqliteFolders.push(folder);
    return join(folder, `${label.replace(/[^a-z0-9]+/gi, "-")}.sqlite`);
  },
  async open(path) {
    const database = openDatabase(path);
    const stores = createSqliteStores(database);
    let faults = 0;
    return {
      stores,
      async rows<T>(statement: string, ...params: unknown[]) {
        const prepared = database.sqlite.prepare(statement);
        if (prepared.reader) return prepared.all(...params) as T[];
        prepared.run(...params);
        return [];
      },
      async failWrites({ table, on, when, message }) {
        const name = `contract_fault_${++faults}`;
        const condition = when ? `when new.${when.column} = '${when.equals}'` : "";
        database.sqlite.exec(
          `create trigger ${name} before ${on} on ${table} ${condition} begin select raise(abort, '${message}'); end`,
        );
        return async () => void database.sqlite.exec(`drop trigger ${name}`);
      },
      async close() {
        database.close();
      },
    };
  },
};

afterAll(() => {
  for (const folder of sqliteFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function postgresServerUrl(): string {
  const server = inject("postgres");
  if ("problem" in server) {
    throw new Error(`No PostgreSQL server for the contract tests: ${server.problem}`);
  }
  return server.url;
}

export const postgresEngine: ContractEngine = {
  name: "postgres",
  migrationsTable: "drizzle.__drizzle_migrations",
  async createDatabase(label) {
    return createTestDatabase(postgresServerUrl(), label);
  },
  async open(url) {
    const opened = await openPostgresStores(url);
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    let faults = 0;
    const numbered = (statement: string) => {
      let index = 0;
      return statement.replace(/\?/g, () => `$${++index}`);
    };
    return {
      stores: opened.stores,
      async rows<T>(statement: string, ...params: unknown[]) {
        return (await pool.query(numbered(statement), params)).rows as T[];
      },
      async failWrites({ table, on, when, message }) {
        const name = `contract_fault_${++faults}`;
        const condition = when ? `IF NEW.${when.column} = '${when.equals}' THEN ` : "";
        const end = when ? " END IF;" : "";
        await pool.query(
          `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${condition}RAISE EXCEPTION '${message}';${end} RETURN NEW; END $$`,
        );
        await pool.query(
          `CREATE TRIGGER ${name} BEFORE ${on.toUpperCase()} ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}()`,
        );
        return async () => {
          await pool.query(`DROP TRIGGER ${name} ON ${table}`);
          await pool.query(`DROP FUNCTION ${name}()`);
        };
      },
      async close() {
        await pool.end();
        await opened.close();
      },
    };
  },
};

/** Both engines, always: a missing PostgreSQL fails its half of the suite with how to install it. */
export const contractEngines: readonly ContractEngine[] = [sqliteEngine, postgresEngine];

/** What a contract test reaches: the file's open database, and the engine to open it again. */
export interface EngineContext {
  kind: ContractEngine;
  engine(): OpenEngine;
  /** Where the file's database is, to open a second connection like another bot process. */
  location(): string;
}

/**
 * Runs `define` once per engine, each over its own database made for this file and opened before
 * the tests (so files run in parallel without sharing rows). Each test makes its own community
 * (contract-fixtures.ts), so the tests of a file do not meet either.
 */
export function describeEachEngine(title: string, define: (context: EngineContext) => void): void {
  describe.each(contractEngines.map((kind) => [kind.name, kind] as const))(`${title} [%s]`, (_name, kind) => {
    let opened: OpenEngine | undefined;
    let where: string | undefined;
    beforeAll(async () => {
      where = await kind.createDatabase(title);
      opened = await kind.open(where);
    });
    afterAll(async () => {
      await opened?.close();
    });
    const missing = () => new Error(`the ${kind.name} database did not open (see the beforeAll error)`);
    define({
      kind,
      engine() {
        if (!opened) throw missing();
        return opened;
      },
      location() {
        if (!where) throw missing();
        return where;
      },
    });
  });
}
