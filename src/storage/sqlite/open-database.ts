import { accessSync, constants, existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { projectRoot } from "../../project-root.js";
import { StartupError } from "../../startup-error.js";
import { migrateSqlite } from "./migrate-sqlite.js";
import {
  startWalCheckpointer,
  type WalCheckpointer,
  type WalCheckpointerOptions,
} from "./wal-checkpointer.js";

export interface OpenDatabase {
  sqlite: BetterSqlite3.Database;
  db: BetterSQLite3Database;
  /** The worker checkpointing a file database's WAL (wal-checkpointer.ts); none for ":memory:". */
  walCheckpointer?: WalCheckpointer;
  /** Stops the checkpoint worker, then closes the connection. */
  close(): void;
}

export interface OpenDatabaseOptions {
  walCheckpoints?: WalCheckpointerOptions;
}

/** The committed drizzle migrations, found relative to this file so any working directory works. */
export const migrationsFolder = join(projectRoot(), "migrations", "sqlite");

/**
 * How long SQLite itself waits for another connection's lock before SQLITE_BUSY reaches the
 * caller. better-sqlite3 waits inside the call, with the whole process stopped, so this is kept
 * to a few milliseconds (a brief commit by another process); longer waits happen between
 * attempts without blocking (wait-for-write-lock.ts). Issue 15: 5 s here stopped the bot for 3 s.
 */
export const busyTimeoutMs = 25;

/** At start-up nothing else runs in the process yet, so the migrations may wait for a lock longer. */
export const startupBusyTimeoutMs = 5_000;

/**
 * Opens (creating if needed) the SQLite file, turns on WAL, foreign keys and a busy timeout, and
 * applies the committed migrations, then hands a file's WAL checkpoints to a worker thread.
 * Problems the operator can fix become a StartupError.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): OpenDatabase {
  const inMemory = path === ":memory:";
  if (!inMemory) ensureFolder(path);
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(path);
  } catch (error) {
    throw new StartupError(
      `gigdesk cannot open the database at ${path}: ${reason(error)}. Check DATABASE_PATH.`,
    );
  }
  try {
    // The wait comes first: switching a fresh file to WAL needs a lock another starting process may hold.
    sqlite.pragma(`busy_timeout = ${startupBusyTimeoutMs}`);
    if (!inMemory) sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("foreign_keys = ON");
    // WAL makes NORMAL safe against corruption; only the last transactions may roll back on power loss.
    sqlite.pragma("synchronous = NORMAL");
    const db = drizzle(sqlite);
    migrateSqlite(sqlite, migrationsFolder);
    sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
    // In memory there is no WAL (and no file another connection could open).
    const walCheckpointer = inMemory
      ? undefined
      : startWalCheckpointer(sqlite, resolve(path), options.walCheckpoints);
    const close = () => {
      walCheckpointer?.stop();
      sqlite.close();
    };
    return { sqlite, db, walCheckpointer, close };
  } catch (error) {
    sqlite.close();
    throw new StartupError(`gigdesk cannot prepare the database at ${path}: ${explain(path, error)}.`);
  }
}

function ensureFolder(path: string): void {
  const folder = dirname(resolve(path));
  // Create one level at a time: Node's recursive mkdirSync never returns under /proc (seen on
  // Node 20), and a hung start is worse than a clear message.
  const missing: string[] = [];
  let current = folder;
  while (!existsSync(current)) {
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  try {
    for (const level of missing) mkdirSync(level);
  } catch (error) {
    throw new StartupError(
      `gigdesk cannot create the folder ${folder} for DATABASE_PATH: ${reason(error)}. Set DATABASE_PATH to a writable file path such as ./data/gigdesk.sqlite.`,
    );
  }
}

/**
 * SQLite says "unable to open database file" for a read-only file or folder (WAL needs to write
 * the -wal and -shm files beside it); the operator needs to hear the cause.
 */
function explain(path: string, error: unknown): string {
  if (path === ":memory:") return reason(error);
  const absolute = resolve(path);
  const readOnly = [absolute, dirname(absolute)].find(
    (candidate) => existsSync(candidate) && !isWritable(candidate),
  );
  return readOnly
    ? `${readOnly} is read-only (${reason(error)}); gigdesk needs to write there`
    : reason(error);
}

function isWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
