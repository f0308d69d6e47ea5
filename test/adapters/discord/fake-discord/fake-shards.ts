/**
 * Discord's routing of guild events to shards, as the fake applies it: a guild belongs to shard
 * `(guild_id >> 22) % shard_count`; a session that identified without a shard is shard 0 of 1.
 */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export function identifiedShard(identify: unknown): [number, number] {
  const shard = (identify as { shard?: unknown }).shard;
  if (Array.isArray(shard) && typeof shard[0] === "number" && typeof shard[1] === "number")
    return [shard[0], shard[1]];
  return [0, 1];
}

/**
 * Messages created with `enforce_nonce`: within the window, a second create with the same nonce
 * by the same author returns the first message instead of creating another, as Discord does.
 */
export class NonceWindow {
  private readonly seen = new Map<string, { message: Record<string, unknown>; at: number }>();
  /** Creates that were answered with an earlier message. */
  repeats = 0;

  constructor(private readonly windowMs = 5 * 60_000) {}

  earlier(author: string, body: unknown, now: number): Record<string, unknown> | undefined {
    const key = nonceKey(author, body);
    if (!key) return undefined;
    const found = this.seen.get(key);
    if (!found || now - found.at > this.windowMs) return undefined;
    this.repeats += 1;
    return found.message;
  }

  remember(author: string, body: unknown, message: Record<string, unknown>, now: number): void {
    const key = nonceKey(author, body);
    if (key) this.seen.set(key, { message, at: now });
  }
}

function nonceKey(author: string, body: unknown): string | undefined {
  const { nonce, enforce_nonce: enforce } = (body ?? {}) as { nonce?: unknown; enforce_nonce?: unknown };
  return enforce === true && (typeof nonce === "string" || typeof nonce === "number")
    ? `${author}:${nonce}`
    : undefined;
}
