/**
 * A problem the operator must fix before the bot can run (bad configuration, unreadable database).
 * main.ts prints its message alone, without a stack trace, and exits non-zero.
 */
export class StartupError extends Error {
  override name = "StartupError";
}
