import { loadStarterPack } from "../../src/content/seed-starter-pack.js";
import type { Logger } from "../../src/ports/logger.js";
import type { Stores } from "../../src/ports/stores.js";
import { starterPackActor } from "../../src/services/community-directory.js";
import { type BotServicesOptions, createServices } from "../../src/services/create-services.js";
import { type OpenDatabase, openDatabase } from "../../src/storage/sqlite/open-database.js";
import { createSqliteStores } from "../../src/storage/sqlite/sqlite-stores.js";
import type { WriteLockWait } from "../../src/storage/sqlite/wait-for-write-lock.js";
import { memoryLogger } from "./memory-logger.js";

/** The starter pack, read once for every test file that builds services. */
const starterPack = loadStarterPack();

/**
 * The real stores and services over a real database (":memory:" or a file), with the shipped
 * starter pack for every new community, the way `npm start` wires them.
 */
export function openTestBot(
  options: {
    path?: string;
    logger?: Logger;
    clock?: () => Date;
    lockWait?: WriteLockWait;
  } & BotServicesOptions = {},
) {
  const database: OpenDatabase = openDatabase(options.path ?? ":memory:");
  const stores = createSqliteStores(database, {
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.lockWait ? { lockWait: options.lockWait } : {}),
  });
  const bot = createServices(stores, options.logger ?? memoryLogger().logger, { starterPack, ...options });
  return { database, stores, bot, close: () => database.close() };
}

export type TestBot = ReturnType<typeof openTestBot>;

/** A community with the starter pack in an existing database, as the bot's first start leaves it. */
export async function seedCommunity(
  stores: Pick<Stores, "communities" | "faq">,
  community = "console",
  now = new Date("2026-11-01T00:00:00Z"),
): Promise<void> {
  await stores.communities.ensureCommunity(community, now);
  await stores.faq.transfer.applyStarterPack(community, starterPack, starterPackActor, now);
}
