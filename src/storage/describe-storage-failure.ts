import { describePostgresFailure } from "./postgres/storage-failure.js";
import { describeStorageFailure as describeSqliteFailure } from "./sqlite/storage-failure.js";

/** Plain words for a storage failure of either engine (and StorageBusyError), or undefined. */
export function describeStorageFailure(error: unknown): string | undefined {
  return describeSqliteFailure(error) ?? describePostgresFailure(error);
}
