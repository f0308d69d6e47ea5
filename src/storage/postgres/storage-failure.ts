import { pgCode } from "./postgres-handle.js";

/**
 * Plain words for the PostgreSQL failures an operator can act on (SQLSTATE classes from the
 * server, socket codes from node-postgres). Every write is one transaction, so each message can
 * promise that the failed change left nothing behind. Never includes DATABASE_URL.
 */
export function describePostgresFailure(error: unknown): string | undefined {
  const code = pgCode(error);
  if (code === undefined) return undefined;
  if (code === "53100") {
    return "the PostgreSQL server's disk is full; this change was not written and everything committed before is intact. Free some space on the server and try again.";
  }
  if (code.startsWith("53")) {
    return `the PostgreSQL server ran out of a resource (${code}: memory or connections); this change was not written. Check the server, or lower the number of bot instances.`;
  }
  if (code === "25006") {
    return "the PostgreSQL server accepts only reads (a standby, or read-only mode); this change was not written. Point DATABASE_URL at the primary.";
  }
  if (code.startsWith("28")) {
    return "the PostgreSQL server refused the login (user or password); check DATABASE_URL.";
  }
  if (
    code.startsWith("08") ||
    code.startsWith("57P") ||
    ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND"].includes(code)
  ) {
    return `the connection to the PostgreSQL server failed (${code}); a change in flight was not written. Check that the server is running and reachable at DATABASE_URL.`;
  }
  return undefined;
}
