/**
 * The work an adapter started after acknowledging an event (a reply, a thread answer). A failure
 * goes to `onError` and no further: nothing may crash the process. Stopping refuses new work and
 * waits for what is still running, so a shutdown never cuts a reply in half.
 */
export class InFlightWork {
  private readonly running = new Set<Promise<void>>();
  private stopping = false;

  /** Starts `work` unless the adapter is stopping; resolves when it has finished or failed. */
  run(work: () => Promise<void>, onError: (error: unknown) => Promise<void> | void): Promise<void> {
    if (this.stopping) return Promise.resolve();
    const running: Promise<void> = work()
      .catch((error: unknown) => onError(error))
      .finally(() => this.running.delete(running));
    this.running.add(running);
    return running;
  }

  /** Refuses new work and resolves once everything already running has finished. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.running]);
  }
}
