import { runStepsNow, type StepEngine } from "../shared/engine-steps.js";
import { auditOpsOn } from "./audit.js";
import type { Database, SqliteHandle } from "./sqlite-handle.js";

/**
 * Shared store steps over SQLite: each call answers at once, so a write's steps run whole inside
 * one IMMEDIATE transaction (the one write lock stands for every community's), audit row included.
 */
export function sqliteStepEngine<Ops>(
  { db, write }: Pick<SqliteHandle, "db" | "write">,
  opsOn: (db: Database) => Ops,
): StepEngine<Ops> {
  const storeOpsOn = (on: Database) => ({ ...auditOpsOn(on), ...opsOn(on) });
  return {
    read: async (start) => runStepsNow(start(), storeOpsOn(db)),
    write: (_community, start) => write((tx) => runStepsNow(start(), storeOpsOn(tx))),
  };
}
