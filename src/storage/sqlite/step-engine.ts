import { runStepsNow, type StepEngine } from "../shared/engine-steps.js";
import type { Database, SqliteHandle } from "./sqlite-handle.js";

/**
 * Shared store steps over SQLite: each call answers at once, so a write's steps run whole inside
 * one IMMEDIATE transaction (the one write lock stands for every community's).
 */
export function sqliteStepEngine<Ops>(
  { db, write }: Pick<SqliteHandle, "db" | "write">,
  opsOn: (db: Database) => Ops,
): StepEngine<Ops> {
  return {
    read: async (start) => runStepsNow(start(), opsOn(db)),
    write: (_community, start) => write((tx) => runStepsNow(start(), opsOn(tx))),
  };
}
