import type { Stores } from "../src/ports/stores.js";
import { openPostgresStores } from "../src/storage/postgres/open-postgres.js";
import { openDatabase } from "../src/storage/sqlite/open-database.js";
import { createSqliteStores } from "../src/storage/sqlite/sqlite-stores.js";
import {
  createTestDatabase,
  findPostgresBinaries,
  postgresInstallHint,
  startPostgresServer,
} from "../test/support/postgres-server.js";

/** The two storage engines the bench compares, each opened only through the `Stores` port. */
export type EngineName = "SQLite" | "PostgreSQL";

export interface OpenedEngine {
  stores: Stores;
  close(): Promise<void>;
}

/** Opens the engine's stores at `location`: a SQLite file path, or a postgres:// URL. */
export async function openEngine(engine: EngineName, location: string): Promise<OpenedEngine> {
  if (engine === "PostgreSQL") return openPostgresStores(location);
  const database = openDatabase(location);
  return {
    stores: createSqliteStores(database),
    close: async () => database.close(),
  };
}

export type BenchPostgres = { url: string; stop(): void } | { skipped: string };

/**
 * A throwaway PostgreSQL server (test/support's initdb + pg_ctl on a free loopback port) with one
 * empty database for the bench. Missing binaries or a failed start are not fatal: the bench then
 * prints why the PostgreSQL rows are absent and carries on with SQLite's.
 */
export async function startBenchPostgres(): Promise<BenchPostgres> {
  if (process.env.BENCH_POSTGRES === "0") return { skipped: "BENCH_POSTGRES=0" };
  if (!findPostgresBinaries()) return { skipped: `initdb and pg_ctl were not found. ${postgresInstallHint}` };
  let server: Awaited<ReturnType<typeof startPostgresServer>> | undefined;
  try {
    server = await startPostgresServer();
    const url = await createTestDatabase(server.url, "bench");
    const stop = server.stop;
    // A crash or Ctrl-C must not leave the server running (the next test run would reap it, but later).
    process.once("exit", stop);
    return { url, stop };
  } catch (error) {
    server?.stop();
    return {
      skipped: `the PostgreSQL server did not start: ${error instanceof Error ? error.message : error}`,
    };
  }
}
