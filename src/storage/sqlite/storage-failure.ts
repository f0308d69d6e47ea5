import { isStorageBusy } from "../../ports/storage-busy.js";

/**
 * Plain words for the SQLite failures an operator can act on. Every write is one transaction, so
 * each message can promise that the failed change left nothing behind.
 */
export function describeStorageFailure(error: unknown): string | undefined {
  if (isStorageBusy(error)) {
    return `another process kept the database locked for ${Math.round(error.waitedMs / 1000)} s (another bot, an import or a backup); this change was not written. Try again when the other writer has finished.`;
  }
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code !== "string") return undefined;
  if (code.startsWith("SQLITE_FULL")) {
    return "the database is full (no space left on the disk, or its size limit reached); this change was not written and everything committed before is intact. Free some space and try again.";
  }
  if (code.startsWith("SQLITE_READONLY")) {
    return "the database file is read-only; this change was not written. Check the file's permissions and the disk it is on.";
  }
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
    return "the database stayed locked by another process for longer than the busy timeout; this change was not written. Try again when the other writer has finished.";
  }
  if (code.startsWith("SQLITE_IOERR") || code.startsWith("SQLITE_CORRUPT") || code === "SQLITE_NOTADB") {
    return `the database file could not be read or written (${code}); this change was not written. Check the disk and the file at DATABASE_PATH.`;
  }
  return undefined;
}
