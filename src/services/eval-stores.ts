import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Stores } from "../ports/stores.js";
import { openPostgresStores } from "../storage/postgres/open-postgres.js";
import { redactDatabaseUrl } from "../storage/postgres/redact-database-url.js";
import { openDatabase } from "../storage/sqlite/open-database.js";
import { createSqliteStores } from "../storage/sqlite/sqlite-stores.js";

/**
 * The empty database an evaluation runs in, on the engine the bot would use. Without a URL it is
 * an in-memory SQLite database. With DATABASE_URL the evaluation never touches that database's
 * rows: it creates a throwaway database on the same server (the role needs CREATEDB), migrates it,
 * and drops it afterwards, so the numbers say how the PostgreSQL search answers from empty.
 */
export async function openEvalStores(
  clock: () => Date,
  databaseUrl?: string,
): Promise<{ stores: Stores; close(): Promise<void> }> {
  if (databaseUrl === undefined) {
    const database = openDatabase(":memory:");
    return { stores: createSqliteStores(database, { clock }), close: async () => database.close() };
  }
  const name = `gigdesk_eval_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.end();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `the evaluation could not create its throwaway database on ${redactDatabaseUrl(databaseUrl)}: ${reason}`,
    );
  }
  const drop = async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  try {
    const opened = await openPostgresStores(url.toString(), { clock });
    return {
      stores: opened.stores,
      async close() {
        await opened.close();
        await drop();
      },
    };
  } catch (error) {
    await drop();
    throw error;
  }
}
