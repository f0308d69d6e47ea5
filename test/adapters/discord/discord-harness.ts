import { commands } from "../../../commands/index.js";
import { startDiscordAdapter } from "../../../src/adapters/discord/start-discord-adapter.js";
import type { RunningAdapter } from "../../../src/adapters/running-adapter.js";
import type { CommandEntry } from "../../../src/command-kit/command.js";
import { seedStarterPackIfEmpty } from "../../../src/faq/seed-starter-pack.js";
import type { Services } from "../../../src/ports/services.js";
import { createServices } from "../../../src/services/create-services.js";
import { openDatabase } from "../../../src/storage/open-database.js";
import { memoryLogger } from "../../support/memory-logger.js";
import { FakeDiscordServer, type RecordedRequest } from "./fake-discord/fake-discord-server.js";
import { fakeGuild } from "./fake-discord/fake-guild.js";

export const applicationId = "100000000000000900";
export const botUser = { id: "100000000000000901", username: "gigdesk" };
export const fakeBotToken = "fake-bot-token.do-not-log";

export interface DiscordHarness {
  fake: FakeDiscordServer;
  services: Services;
  adapter: RunningAdapter;
  logs: () => Record<string, unknown>[];
  /** Dispatches an interaction and resolves with the bot's first callback for it. */
  interact(payload: { id: string; token: string }): Promise<RecordedRequest>;
  close(): Promise<void>;
}

/**
 * The real discord.js client, started through startDiscordAdapter against the fake server, over
 * the real services on an in-memory database with the starter FAQ loaded.
 */
export async function startDiscordHarness(
  options: { deferAfterMs?: number; commands?: readonly CommandEntry[] } = {},
): Promise<DiscordHarness> {
  const fake = await FakeDiscordServer.start({ applicationId, botUser, guild: fakeGuild() });
  const database = openDatabase(":memory:");
  const { logger, lines } = memoryLogger();
  const services = createServices(database, logger, options.commands ?? commands);
  seedStarterPackIfEmpty(services.faq);
  const adapter = await startDiscordAdapter(
    {
      token: fakeBotToken,
      applicationId,
      apiUrl: fake.apiUrl,
      ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
    },
    { services, now: () => new Date() },
  );
  return {
    fake,
    services,
    adapter,
    logs: lines,
    async interact(payload) {
      fake.dispatch("INTERACTION_CREATE", payload);
      return fake.waitForRequest((request) => request.path === callbackPath(payload));
    },
    async close() {
      await adapter.stop();
      await fake.close();
      database.close();
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
export function callbackData(request: RecordedRequest): {
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
} {
  return request.body as ReturnType<typeof callbackData>;
}
