import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type BetterSqlite3 from "better-sqlite3";

/**
 * How often the worker checkpoints. SQLite's own default checkpoints once the WAL passes 1000
 * pages (4 MB); a busy bot writes a few pages per decision at a few hundred decisions a second,
 * so one PASSIVE checkpoint a second keeps the WAL near that default size, and an idle bot pays
 * one cheap no-op a second (a checkpoint with nothing to copy only reads the WAL index).
 */
export const checkpointIntervalMs = 1_000;

/** How long close() waits for the worker to close its connection before going on without it. */
const stopWaitMs = 2_000;

export interface WalCheckpointerOptions {
  intervalMs?: number;
  /** The better-sqlite3 module the worker loads; tests point it elsewhere to make the worker fail. */
  driverPath?: string;
}

export interface WalCheckpointer {
  /** Stops the worker and waits (briefly, synchronously) until its connection is closed. */
  stop(): void;
  /** Resolves once the worker thread has ended, for whatever reason. */
  readonly exited: Promise<void>;
}

// Slots of the shared control array; the phase moves STARTING -> RUNNING -> CLOSED (or straight
// to CLOSED when stop() wins the race with the worker's start).
const phaseSlot = 0;
const stopSlot = 1;
const starting = 0;
const running = 1;
const closed = 2;

/**
 * The worker's code: plain CommonJS evaluated in the thread, so the same string works under tsx
 * (tests, bench) and in the esbuild bundle, which has no separate file to point a Worker at.
 * It waits on the shared array between checkpoints, so stop() wakes it at once. A checkpoint that
 * throws ends the worker on purpose: the main connection then checkpoints by itself again.
 */
const workerSource = `
const { workerData } = require("node:worker_threads");
const control = new Int32Array(workerData.control);
if (Atomics.compareExchange(control, ${phaseSlot}, ${starting}, ${running}) === ${starting}) {
  let connection;
  try {
    const Database = require(workerData.driverPath);
    connection = new Database(workerData.path, { fileMustExist: true });
    while (Atomics.load(control, ${stopSlot}) === 0) {
      // PASSIVE copies what it can without taking the write lock and never waits on a lock.
      const [result] = connection.pragma("wal_checkpoint(PASSIVE)");
      // Frames written meanwhile were left for next time; under steady writes catch up sooner.
      const behind = result.busy === 0 && result.checkpointed < result.log;
      Atomics.wait(control, ${stopSlot}, 0, behind ? workerData.intervalMs / 10 : workerData.intervalMs);
    }
  } finally {
    try {
      connection?.close();
    } finally {
      Atomics.store(control, ${phaseSlot}, ${closed});
      Atomics.notify(control, ${phaseSlot});
    }
  }
}
`;

/**
 * Moves WAL checkpoints of the SQLite file at `path` off the request path. With SQLite's automatic
 * checkpoint, the commit that pushes the WAL past 1000 pages copies it into the database inside
 * that request (about 1.5 ms of the thread decision's p99 at 10,000 entries). Here `sqlite` stops
 * checkpointing (wal_autocheckpoint = 0) and a worker thread with its own connection runs PASSIVE
 * checkpoints, which block neither this connection's writers nor its readers, nor the event loop.
 * If the worker cannot start or ends unasked, `sqlite` gets its previous automatic checkpoint back.
 */
export function startWalCheckpointer(
  sqlite: BetterSqlite3.Database,
  path: string,
  options: WalCheckpointerOptions = {},
): WalCheckpointer {
  const automaticPages = sqlite.pragma("wal_autocheckpoint", { simple: true }) as number;
  const control = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  let stopping = false;
  const restoreAutomatic = () => {
    if (!stopping && sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${automaticPages}`);
  };
  sqlite.pragma("wal_autocheckpoint = 0");
  let worker: Worker;
  try {
    worker = new Worker(workerSource, {
      eval: true,
      // The parent's flags (tsx's loader under tests and the bench) are not needed by plain JS.
      execArgv: [],
      workerData: {
        control: control.buffer,
        path,
        intervalMs: options.intervalMs ?? checkpointIntervalMs,
        driverPath: options.driverPath ?? createRequire(import.meta.url).resolve("better-sqlite3"),
      },
    });
  } catch {
    restoreAutomatic();
    return { stop() {}, exited: Promise.resolve() };
  }
  // The checkpoints are housekeeping: they must never keep a finished process alive.
  worker.unref();
  // Without a listener a failed worker would crash the process; here it only falls back.
  worker.on("error", restoreAutomatic);
  const exited = new Promise<void>((resolve) => {
    worker.once("exit", () => {
      restoreAutomatic();
      resolve();
    });
  });
  return {
    exited,
    stop() {
      if (stopping) return;
      stopping = true;
      Atomics.store(control, stopSlot, 1);
      Atomics.notify(control, stopSlot);
      // Wait for the worker's connection to close, so that once this connection closes too the
      // file is left exactly as before (SQLite's last connection checkpoints and removes the WAL).
      if (Atomics.compareExchange(control, phaseSlot, starting, closed) === running)
        Atomics.wait(control, phaseSlot, running, stopWaitMs);
      void worker.terminate();
    },
  };
}
