/**
 * A token bucket per client address: `perMinute` requests a minute on average, bursts up to
 * `burst`. The map is bounded: past `maxClients` addresses, the one seen longest ago is dropped
 * (Map keeps insertion order, and a hit re-inserts its address), so a flood of addresses cannot
 * grow memory without end.
 */
export interface RateLimitOptions {
  perMinute: number;
  burst: number;
  maxClients?: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly maxClients: number;

  constructor(private readonly options: RateLimitOptions) {
    this.maxClients = options.maxClients ?? 10_000;
  }

  take(client: string, nowMs: number): RateDecision {
    const perMs = this.options.perMinute / 60_000;
    const previous = this.buckets.get(client);
    const refilled = previous
      ? Math.min(this.options.burst, previous.tokens + (nowMs - previous.at) * perMs)
      : this.options.burst;
    this.buckets.delete(client);
    if (refilled < 1) {
      this.buckets.set(client, { tokens: refilled, at: nowMs });
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - refilled) / perMs / 1000)) };
    }
    this.buckets.set(client, { tokens: refilled - 1, at: nowMs });
    if (this.buckets.size > this.maxClients) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    return { allowed: true };
  }
}
