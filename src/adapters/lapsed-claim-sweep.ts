/**
 * Runs `finish` (one pass over the lapsed thread claims, returning how many it re-sent) every
 * `everyMs`: half the claim lease, so an abandoned claim waits at most one and a half leases. One
 * pass at a time, so a slow pass is never overlapped by the next; each pass runs inside the
 * adapter's in-flight work (`track`), so that a shutdown lets it finish. The platforms differ only
 * in how a claim's question is fetched again, which is `finish`'s business.
 */
export function startLapsedClaimSweep(options: {
  finish: () => Promise<number>;
  track: (work: () => Promise<void>, onError: (error: unknown) => void) => void;
  everyMs: number;
  /** Told how many claims a pass re-sent (when any), or why a whole pass failed. */
  onResent: (resent: number) => void;
  onFailure: (error: unknown) => void;
}): { stop(): void } {
  let sweeping = false;
  const timer = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    options.track(
      async () => {
        const resent = await options.finish();
        if (resent > 0) options.onResent(resent);
        sweeping = false;
      },
      (error) => {
        sweeping = false;
        options.onFailure(error);
      },
    );
  }, options.everyMs);
  // The sweep alone never keeps a process alive.
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
