import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { StartupError } from "../src/startup-error.js";

const discord = { DISCORD_TOKEN: "t", DISCORD_APPLICATION_ID: "123456789012345678" };

function refusal(environment: Record<string, string>): string {
  try {
    loadConfig(environment);
  } catch (error) {
    expect(error).toBeInstanceOf(StartupError);
    return (error as Error).message;
  }
  throw new Error("expected the configuration to be refused");
}

describe("the variables of several instances and shards", () => {
  it("gives this process a slice of the shards, all of them, or Discord's recommended set", () => {
    const sharding = (variables: Record<string, string>) =>
      loadConfig({ ...discord, ...variables }).discord?.sharding;
    expect(sharding({})).toBeUndefined();
    expect(sharding({ DISCORD_SHARDS: "2, 0", DISCORD_SHARD_COUNT: "3" })).toEqual({
      shards: [0, 2],
      shardCount: 3,
    });
    expect(sharding({ DISCORD_SHARD_COUNT: "3" })).toEqual({ shards: [0, 1, 2], shardCount: 3 });
    expect(sharding({ DISCORD_SHARDS: "auto" })).toEqual({ shards: "auto" });
    expect(sharding({ DISCORD_SHARD_COUNT: "auto" })).toEqual({ shards: "auto" });
    expect(sharding({ DISCORD_SHARDS: "auto", DISCORD_SHARD_COUNT: "auto" })).toEqual({ shards: "auto" });
  });

  it("refuses shard settings that cannot work, saying which variable and why", () => {
    expect(refusal({ ...discord, DISCORD_SHARDS: "0,1" })).toMatch(
      /DISCORD_SHARD_COUNT.*is required when DISCORD_SHARDS lists shard ids/,
    );
    expect(refusal({ ...discord, DISCORD_SHARDS: "0,3", DISCORD_SHARD_COUNT: "3" })).toMatch(
      /DISCORD_SHARDS.*names shard 3, but shard ids run from 0 to 2/,
    );
    expect(refusal({ ...discord, DISCORD_SHARDS: "1,1", DISCORD_SHARD_COUNT: "3" })).toMatch(
      /DISCORD_SHARDS.*should name each shard once/,
    );
    expect(refusal({ ...discord, DISCORD_SHARDS: "auto", DISCORD_SHARD_COUNT: "4" })).toMatch(
      /DISCORD_SHARD_COUNT.*cannot be a number with DISCORD_SHARDS=auto/,
    );
    expect(refusal({ ...discord, DISCORD_SHARDS: "first" })).toMatch(/DISCORD_SHARDS.*"auto" or shard ids/);
    expect(refusal({ ...discord, DISCORD_SHARD_COUNT: "0" })).toMatch(/DISCORD_SHARD_COUNT.*from 1 to/);
    expect(refusal({ DISCORD_SHARDS: "0", DISCORD_SHARD_COUNT: "2" })).toMatch(
      /DISCORD_SHARDS.*only applies with DISCORD_TOKEN/,
    );
  });

  it("reads the claim lease and the instance name, and refuses bad ones", () => {
    expect(loadConfig({ THREAD_CLAIM_LEASE_SECONDS: "5", INSTANCE_ID: "host-a-1" }).claims).toEqual({
      leaseSeconds: 5,
      instanceId: "host-a-1",
    });
    expect(refusal({ THREAD_CLAIM_LEASE_SECONDS: "0" })).toMatch(
      /THREAD_CLAIM_LEASE_SECONDS.*from 1 to 3600/,
    );
    expect(refusal({ THREAD_CLAIM_LEASE_SECONDS: "1.5" })).toMatch(
      /THREAD_CLAIM_LEASE_SECONDS.*whole number/,
    );
    expect(refusal({ INSTANCE_ID: "a b" })).toMatch(/INSTANCE_ID/);
  });
});
