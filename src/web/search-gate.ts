import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import { RateLimiter, type RateLimitOptions } from "./rate-limit.js";

/** Returns a 429 response when the client is over its search budget, else null. */
export type SearchGate = (c: Context) => Response | null;

/** Searches a client address may run: 30 a minute, 10 at once (a person types far fewer). */
export const defaultSearchRateLimit: RateLimitOptions = { perMinute: 30, burst: 10 };

/**
 * The client is the TCP peer's address. Behind a reverse proxy every request would share the
 * proxy's address, so a deployment behind one should rate-limit there too (see the README).
 */
function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    // app.request() in unit tests has no socket.
    return "unknown";
  }
}

export function createSearchGate(options: RateLimitOptions, nowMs: () => number = Date.now): SearchGate {
  const limiter = new RateLimiter(options);
  return (c) => {
    const decision = limiter.take(clientAddress(c), nowMs());
    if (decision.allowed) return null;
    c.header("Retry-After", String(decision.retryAfterSeconds));
    return c.text(`Too many searches from your address; try again in ${decision.retryAfterSeconds} s.`, 429);
  };
}
