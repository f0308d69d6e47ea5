import { describe, expect, it } from "vitest";
import { loadStarterPack } from "../../src/content/seed-starter-pack.js";
import { createCommunityDirectory } from "../../src/services/community-directory.js";
import { silentLogger } from "../../src/services/silent-logger.js";
import { openDatabase } from "../../src/storage/sqlite/open-database.js";
import { createSqliteStores } from "../../src/storage/sqlite/sqlite-stores.js";

const pack = loadStarterPack();
const space = { platform: "discord" as const, spaceId: "guild-new" };

describe("community directory: a new space's first messages on several instances", () => {
  it("never hands out a community before its starter pack is in, whichever instance created it", async () => {
    const database = openDatabase(":memory:");
    const stores = createSqliteStores(database);
    // Two instances of the bot over one database, each with its own directory.
    const first = createCommunityDirectory(stores, pack, silentLogger);
    const second = createCommunityDirectory(stores, pack, silentLogger);
    const now = new Date("2026-12-01T10:00:00Z");
    const countWhenHandedOut = async (directory: typeof first) => {
      const community = await directory.communityOf(space, now);
      return stores.faq.entries.countAll(community);
    };
    const counts = await Promise.all([countWhenHandedOut(first), countWhenHandedOut(second)]);
    expect(counts).toEqual([pack.length, pack.length]);
    database.close();
  });
});
