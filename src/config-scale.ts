import { z } from "zod";

/**
 * The variables of several instances and shards (README "Running at scale"), read by src/config.ts:
 * which Discord shards this process runs, how long a thread claim waits for its post, and the name
 * this process gives its claims.
 */

/** discord.js's sharding options for this process: every recommended shard, or a listed subset. */
export type DiscordSharding = { shards: "auto" } | { shards: number[]; shardCount: number };

const text = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const MAX_SHARDS = 10_000;

export const scaleVariables = {
  DISCORD_SHARDS: text.pipe(
    z
      .string()
      .regex(
        /^(auto|\d{1,5}(\s*,\s*\d{1,5})*)$/,
        'should be "auto" or shard ids separated by commas, e.g. 0,1,2',
      )
      .transform((value) => (value === "auto" ? "auto" : value.split(",").map((id) => Number(id.trim()))))
      .refine((ids) => ids === "auto" || new Set(ids).size === ids.length, "should name each shard once")
      .optional(),
  ),
  DISCORD_SHARD_COUNT: text.pipe(
    z
      .string()
      .regex(/^(auto|\d{1,5})$/, 'should be "auto" or the total number of shards over every process, e.g. 3')
      .transform((value) => (value === "auto" ? "auto" : Number(value)))
      .refine(
        (count) => count === "auto" || (count >= 1 && count <= MAX_SHARDS),
        `should be from 1 to ${MAX_SHARDS}`,
      )
      .optional(),
  ),
  THREAD_CLAIM_LEASE_SECONDS: text.pipe(
    z
      .string()
      .regex(/^\d{1,4}$/, "should be a whole number of seconds, e.g. 30")
      .transform(Number)
      .refine((seconds) => seconds >= 1 && seconds <= 3600, "should be from 1 to 3600 seconds")
      .optional(),
  ),
  INSTANCE_ID: text.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9._:-]{1,64}$/, "should be up to 64 letters, digits and . _ : - (e.g. host-a-1)")
      .optional(),
  ),
};

type Issue = { path: string[]; message: string };

/** The sharding this process runs, or the problems that make the pair of variables unusable. */
export function discordSharding(
  shards: "auto" | number[] | undefined,
  count: "auto" | number | undefined,
  discordConfigured: boolean,
): { sharding?: DiscordSharding; issues: Issue[] } {
  if (shards === undefined && count === undefined) return { issues: [] };
  if (!discordConfigured) {
    const path = shards === undefined ? "DISCORD_SHARD_COUNT" : "DISCORD_SHARDS";
    return { issues: [{ path: [path], message: "only applies with DISCORD_TOKEN set" }] };
  }
  if (shards === "auto" || (shards === undefined && count === "auto")) {
    if (typeof count === "number")
      return {
        issues: [
          {
            path: ["DISCORD_SHARD_COUNT"],
            message:
              'cannot be a number with DISCORD_SHARDS=auto (Discord picks the count): list the shard ids, or set it to "auto"',
          },
        ],
      };
    return { sharding: { shards: "auto" }, issues: [] };
  }
  // From here the count is a number (the "auto" cases returned above) or missing.
  if (typeof count !== "number")
    return {
      issues: [
        {
          path: ["DISCORD_SHARD_COUNT"],
          message:
            "is required when DISCORD_SHARDS lists shard ids: the total number of shards over every process",
        },
      ],
    };
  if (shards === undefined)
    return {
      sharding: { shards: Array.from({ length: count }, (_, id) => id), shardCount: count },
      issues: [],
    };
  const outside = shards.filter((id) => id >= count);
  if (outside.length > 0)
    return {
      issues: [
        {
          path: ["DISCORD_SHARDS"],
          message: `names shard ${outside.join(", ")}, but shard ids run from 0 to ${count - 1} with DISCORD_SHARD_COUNT=${count}`,
        },
      ],
    };
  return { sharding: { shards: [...shards].sort((a, b) => a - b), shardCount: count }, issues: [] };
}
