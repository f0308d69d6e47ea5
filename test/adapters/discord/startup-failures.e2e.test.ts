import { afterEach, describe, expect, it } from "vitest";
import { commands } from "../../../commands/index.js";
import { startDiscordAdapter } from "../../../src/adapters/discord/start-discord-adapter.js";
import { createServices } from "../../../src/services/create-services.js";
import { StartupError } from "../../../src/startup-error.js";
import { openDatabase } from "../../../src/storage/sqlite/open-database.js";
import { createSqliteStores } from "../../../src/storage/sqlite/sqlite-stores.js";
import { memoryLogger } from "../../support/memory-logger.js";
import { applicationId, botUser, fakeBotToken } from "./discord-harness.js";
import { type FakeDiscordOptions, FakeDiscordServer } from "./fake-discord/fake-discord-server.js";
import { fakeGuild } from "./fake-discord/fake-guild.js";

/** What the operator sees when Discord will not let the bot in: a sentence, not a stack. */
describe("Discord start-up failures", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function start(options: Partial<FakeDiscordOptions>, prepare?: (fake: FakeDiscordServer) => void) {
    const fake = await FakeDiscordServer.start({ applicationId, botUser, guild: fakeGuild(), ...options });
    const database = openDatabase(":memory:");
    cleanups.push(
      () => fake.close(),
      () => database.close(),
    );
    prepare?.(fake);
    const services = createServices(createSqliteStores(database), memoryLogger().logger);
    return startDiscordAdapter(
      { token: fakeBotToken, applicationId, apiUrl: fake.apiUrl, readyTimeoutMs: 5_000 },
      { services, commands, now: () => new Date() },
    ).then(
      () => null,
      (error: unknown) => error,
    );
  }

  it("explains a refused token", async () => {
    const error = await start({}, (fake) =>
      fake.scriptOnce({
        method: "GET",
        path: /^\/gateway\/bot$/,
        status: 401,
        body: { message: "401: Unauthorized", code: 0 },
      }),
    );
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(/refused DISCORD_TOKEN/);
    expect((error as Error).message).not.toContain(fakeBotToken);
  });

  it("explains a Message Content intent that is not enabled in the portal", async () => {
    const error = await start({ refuseIdentifyWithCode: 4014 });
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(/Privileged Gateway Intents/);
  });
});
