/**
 * What a store throws when another process (a second bot, `npm run faq -- import`, a backup) held
 * the database's write lock for longer than the store waits for it. It is neither a bug nor an
 * outcome of the request: nothing was written, and the same request later will work. The command
 * path and the adapters turn it into a private "busy, try again" reply with the problem code
 * "busy". Every engine's stores throw this one error, whatever their lock error is called.
 */
export class StorageBusyError extends Error {
  override readonly name = "StorageBusyError";

  /** The engine's own code for the refusal (e.g. SQLITE_BUSY), for the operator's log. */
  readonly engineCode: string | undefined;

  constructor(
    /** How long the store waited for the lock before giving up. */
    readonly waitedMs: number,
    options?: { cause?: unknown },
  ) {
    super(`the database stayed locked by another writer for ${Math.round(waitedMs)} ms`, options);
    const code = (options?.cause as { code?: unknown } | undefined)?.code;
    this.engineCode = typeof code === "string" ? code : undefined;
  }
}

export function isStorageBusy(error: unknown): error is StorageBusyError {
  return error instanceof StorageBusyError;
}
