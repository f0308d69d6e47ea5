import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { endianness } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type OpenDatabase, openDatabase } from "../../src/storage/sqlite/open-database.js";
import type { WalCheckpointerOptions } from "../../src/storage/sqlite/wal-checkpointer.js";
import { freshDatabasePath } from "../support/run-bot-process.js";

const opened: OpenDatabase[] = [];
afterEach(() => {
  for (const database of opened.splice(0)) if (database.sqlite.open) database.close();
});

function open(path: string, walCheckpoints: WalCheckpointerOptions = {}) {
  const database = openDatabase(path, { walCheckpoints: { intervalMs: 20, ...walCheckpoints } });
  opened.push(database);
  return database;
}

/**
 * The WAL index (the -shm file, in native byte order) as SQLite's file format documents it:
 * mxFrame, the last valid frame, at byte 16 of the header; nBackfill, the frames already copied
 * into the database, at byte 96. Read from the file, so reading it checkpoints nothing.
 */
function walIndex(path: string): { frames: number; checkpointed: number } {
  const index = readFileSync(`${path}-shm`);
  const read = (offset: number) =>
    endianness() === "LE" ? index.readUInt32LE(offset) : index.readUInt32BE(offset);
  return { frames: read(16), checkpointed: read(96) };
}

/** Enough rows to put well over 1000 pages in the WAL. */
function writeMany(database: OpenDatabase): void {
  database.sqlite.exec("CREATE TABLE IF NOT EXISTS filler (payload BLOB)");
  const insert = database.sqlite.prepare("INSERT INTO filler VALUES (randomblob(3000))");
  for (let row = 0; row < 1500; row++) insert.run();
}

async function until<T>(read: () => T, done: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    value = read();
  }
  return value;
}

const autocheckpoint = (database: OpenDatabase) =>
  database.sqlite.pragma("wal_autocheckpoint", { simple: true });

describe("WAL checkpoints in a worker thread", () => {
  it("turns off the main connection's automatic checkpoint, and the worker checkpoints instead", async () => {
    const path = freshDatabasePath();
    const database = open(path);
    expect(autocheckpoint(database)).toBe(0);
    writeMany(database);
    const index = await until(
      () => walIndex(path),
      ({ frames, checkpointed }) => frames > 1000 && checkpointed === frames,
    );
    expect(index.frames).toBeGreaterThan(1000);
    expect(index.checkpointed).toBe(index.frames);
  });

  it("leaves the WAL unchecked when the worker is stopped, so the checkpoints above were the worker's", async () => {
    const path = freshDatabasePath();
    const database = open(path);
    database.walCheckpointer?.stop();
    await database.walCheckpointer?.exited;
    writeMany(database);
    // Several of the worker's 20 ms intervals: a checkpointer still running would have copied by now.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const index = walIndex(path);
    expect(index.frames).toBeGreaterThan(1000);
    expect(index.checkpointed).toBe(0);
    expect(autocheckpoint(database)).toBe(0);
  });

  it("gives the main connection its automatic checkpoint back when the worker cannot start", async () => {
    const database = open(freshDatabasePath(), { driverPath: "/nonexistent/better-sqlite3" });
    expect(
      await until(
        () => autocheckpoint(database),
        (pages) => pages === 1000,
      ),
    ).toBe(1000);
  });

  it("gives the main connection its automatic checkpoint back when the worker dies later", async () => {
    const path = freshDatabasePath();
    const failingDriver = join(dirname(dirname(path)), "failing-driver.cjs");
    writeFileSync(
      failingDriver,
      'module.exports = class { pragma() { throw new Error("disk gone"); } close() {} };',
    );
    const database = open(path, { driverPath: failingDriver });
    await database.walCheckpointer?.exited;
    expect(autocheckpoint(database)).toBe(1000);
  });

  it("ends the worker on close and leaves the file as SQLite's last connection does", async () => {
    const path = freshDatabasePath();
    const database = open(path);
    writeMany(database);
    let exited = false;
    void database.walCheckpointer?.exited.then(() => {
      exited = true;
    });
    database.close();
    expect(await until(() => exited, Boolean)).toBe(true);
    // The main connection closed last, so it checkpointed and removed the WAL, as before the worker.
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it("starts no worker for an in-memory database", () => {
    const database = openDatabase(":memory:");
    opened.push(database);
    expect(database.walCheckpointer).toBeUndefined();
  });
});
