import { commands } from "../../../commands/index.js";
import { startDiscordAdapter } from "../../../src/adapters/discord/start-discord-adapter.js";
import type { RunningAdapter } from "../../../src/adapters/running-adapter.js";
import type { CommandEntry } from "../../../src/command-kit/command.js";
import type { BotServices, Services } from "../../../src/ports/services.js";
import type { WriteLockWait } from "../../../src/storage/sqlite/wait-for-write-lock.js";
import { memoryLogger } from "../../support/memory-logger.js";
import { openTestBot, type TestBot } from "../../support/test-bot.js";
import { FakeDiscordServer, type RecordedRequest } from "./fake-discord/fake-discord-server.js";
import { chatInputInteraction } from "./fake-discord/fake-events.js";
import { type FakeGuild, fakeGuild } from "./fake-discord/fake-guild.js";

export const applicationId = "100000000000000900";
export const botUser = { id: "100000000000000901", username: "gigdesk" };
export const fakeBotToken = "fake-bot-token.do-not-log";

export interface DiscordHarness {
  fake: FakeDiscordServer;
  /** Everything the adapter holds (every community). */
  bot: BotServices;
  /** The fake server's community (`discord-<guild id>`), as its commands see it. */
  services: Services;
  /** The database under `bot`, for tests that read every table. */
  database: TestBot["database"];
  /** The main guild first, then the `otherGuilds`. */
  guilds: FakeGuild[];
  adapter: RunningAdapter;
  logs: () => Record<string, unknown>[];
  /** Dispatches an interaction and resolves with the bot's first callback for it. */
  interact(payload: { id: string; token: string }): Promise<RecordedRequest>;
  /** Sends a slash command (a chatInputInteraction without the fake) and returns its first callback. */
  slash(command: Parameters<typeof chatInputInteraction>[1]): Promise<CallbackData>;
  close(): Promise<void>;
}

/**
 * The real discord.js client, started through startDiscordAdapter against the fake server, over
 * the real services on an in-memory database with the starter FAQ loaded.
 */
export async function startDiscordHarness(
  options: {
    deferAfterMs?: number;
    commands?: readonly CommandEntry[];
    allowedSpaces?: readonly string[];
    /** A database file, so that another process can lock it (default: in memory). */
    databasePath?: string;
    lockWait?: WriteLockWait;
    /** How many more servers the bot is in besides the main one (each its own community). */
    otherGuilds?: number;
    /** Services another harness opened (a Slack workspace linked with this server); left open. */
    sharedBot?: TestBot;
    now?: () => Date;
  } = {},
): Promise<DiscordHarness> {
  const guild = fakeGuild();
  const otherGuilds = Array.from({ length: options.otherGuilds ?? 0 }, (_, index) => fakeGuild(index + 1));
  const fake = await FakeDiscordServer.start({ applicationId, botUser, guild, otherGuilds });
  const { logger, lines } = memoryLogger();
  const testBot =
    options.sharedBot ??
    openTestBot({
      logger,
      ...(options.databasePath ? { path: options.databasePath } : {}),
      ...(options.lockWait ? { lockWait: options.lockWait } : {}),
    });
  const { bot } = testBot;
  // Every server's community exists with the starter pack, as on a bot that has run for a while.
  for (const other of otherGuilds) {
    await bot.communities.communityOf({ platform: "discord", spaceId: other.id }, new Date());
  }
  const community = await bot.communities.communityOf({ platform: "discord", spaceId: guild.id }, new Date());
  const services = bot.forCommunity(community);
  const adapter = await startDiscordAdapter(
    {
      token: fakeBotToken,
      applicationId,
      apiUrl: fake.apiUrl,
      ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
    },
    {
      services: bot,
      commands: options.commands ?? commands,
      now: options.now ?? (() => new Date()),
      ...(options.allowedSpaces ? { allowedSpaces: options.allowedSpaces } : {}),
    },
  );
  const interact = async (payload: { id: string; token: string }) => {
    fake.dispatch("INTERACTION_CREATE", payload);
    return fake.waitForRequest((request) => request.path === callbackPath(payload));
  };
  return {
    fake,
    bot,
    services,
    database: testBot.database,
    guilds: fake.guilds,
    adapter,
    logs: lines,
    interact,
    async slash(command) {
      return callbackData(await interact(chatInputInteraction(fake, command)));
    },
    async close() {
      await adapter.stop();
      await fake.close();
      if (!options.sharedBot) testBot.close();
    },
  };
}

export function callbackPath(payload: { id: string; token: string }): string {
  return `/interactions/${payload.id}/${payload.token}/callback`;
}

export function originalMessagePath(payload: { token: string }): string {
  return `/webhooks/${applicationId}/${payload.token}/messages/@original`;
}

/** The `data` of an interaction callback body, typed loosely for assertions. */
export function callbackData(request: RecordedRequest): CallbackData {
  return request.body as CallbackData;
}

/** A modal's text inputs by custom id, with the values Discord would send back. */
export function modalFields(data: { components?: unknown }): Record<string, string> {
  const rows = (data.components ?? []) as { components: { custom_id: string; value?: string }[] }[];
  return Object.fromEntries(
    rows.flatMap((row) => row.components.map((input) => [input.custom_id, input.value ?? ""] as const)),
  );
}

/** An interaction callback body, typed loosely for assertions. */
export interface CallbackData {
  type: number;
  data: {
    content?: string;
    flags?: number;
    embeds?: {
      title?: string;
      description?: string;
      fields?: { name: string; value: string }[];
      footer?: { text: string };
    }[];
    components?: { components: { custom_id: string; label: string }[] }[];
    allowed_mentions?: { parse: string[]; users?: string[]; replied_user?: boolean };
    choices?: { name: string; value: string }[];
    custom_id?: string;
    title?: string;
  };
}

export interface FinalAnswer {
  /** How the first callback answered: 4 at once, 5 deferred (then edited or followed up), 9 modal. */
  callbackType: number;
  data: ReturnType<typeof callbackData>["data"];
  ephemeral: boolean;
}

/** The answer a member ends up seeing, whether it came at once or after a deferral. */
export async function finalAnswer(
  harness: DiscordHarness,
  payload: { id: string; token: string },
): Promise<FinalAnswer> {
  const callback = callbackData(await harness.interact(payload));
  if (callback.type !== 5) {
    return {
      callbackType: callback.type,
      data: callback.data,
      ephemeral: ((callback.data.flags ?? 0) & 64) === 64,
    };
  }
  const deferredEphemeral = ((callback.data.flags ?? 0) & 64) === 64;
  const webhook = `/webhooks/${applicationId}/${payload.token}`;
  const final = await harness.fake.waitForRequest(
    (request) =>
      (request.method === "PATCH" && request.path === `${webhook}/messages/@original`) ||
      (request.method === "POST" && request.path === webhook),
    10_000,
  );
  const data = final.body as FinalAnswer["data"];
  const ephemeral = final.method === "PATCH" ? deferredEphemeral : ((data.flags ?? 0) & 64) === 64;
  return { callbackType: 5, data, ephemeral };
}
