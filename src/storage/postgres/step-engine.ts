import { runStepsAwaiting, type StepEngine } from "../shared/engine-steps.js";
import { auditOpsOn } from "./audit.js";
import { type Database, lockOf, type PostgresHandle } from "./postgres-handle.js";

/**
 * Shared store steps over PostgreSQL: each call is awaited, and a write's steps run in one
 * transaction under the community's advisory lock (audit row included), so they queue up as
 * SQLite's writers do.
 */
export function postgresStepEngine<Ops>(
  { db, write }: Pick<PostgresHandle, "db" | "write">,
  opsOn: (db: Database) => Ops,
): StepEngine<Ops> {
  const storeOpsOn = (on: Database) => ({ ...auditOpsOn(on), ...opsOn(on) });
  return {
    read: (start) => runStepsAwaiting(start(), storeOpsOn(db)),
    write: (community, start) =>
      write([lockOf.community(community)], (tx) => runStepsAwaiting(start(), storeOpsOn(tx))),
  };
}
