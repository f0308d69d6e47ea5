import type { webApi } from "@slack/bolt";
import { commands } from "../../../commands/index.js";
import {
  type SlackRunningAdapter,
  startSlackAdapter,
} from "../../../src/adapters/slack/start-slack-adapter.js";
import type { CommandEntry } from "../../../src/command-kit/command.js";
import type { BotServices, Services } from "../../../src/ports/services.js";
import { memoryLogger } from "../../support/memory-logger.js";
import { openTestBot, type TestBot } from "../../support/test-bot.js";
import { FakeSlackServer } from "./fake-slack-server.js";
import { formBody, signedPost } from "./signed-slack-request.js";

// Shaped like real credentials so that a leak would be recognisable in the captured logs.
export const botToken = "xoxb-1111111111-2222222222-TestBotTokenSecret";
export const signingSecret = "8f742231b10e8888abcd99test5ecret";
export const appToken = "xapp-1-A0001-3333333333-TestAppTokenSecret";
export const adminUserId = "UADMIN";
export const teamId = "T0001";
/** A second workspace the same app is installed in (its own community), and an admin of it. */
export const otherTeamId = "T0002";
export const otherAdminUserId = "UADMIN2";

/** The real Bolt adapter on 127.0.0.1, real services on an in-memory database, a fake slack.com. */
export interface SlackHarness {
  fake: FakeSlackServer;
  /** Everything the adapter holds (every community). */
  bot: BotServices;
  /** The fake workspace's community (`slack-<team id>`), as its commands see it. */
  services: Services;
  /** The database under `bot`, for tests that read every table. */
  database: TestBot["database"];
  adapter: SlackRunningAdapter;
  logLines: () => Record<string, unknown>[];
  eventsUrl: string;
  startAnother(options: { retryConfig: webApi.RetryOptions }): Promise<SlackRunningAdapter>;
  close(): Promise<void>;
}

export async function startSlackHarness(
  mode: "http" | "socket" = "http",
  options: {
    commands?: readonly CommandEntry[];
    allowedSpaces?: readonly string[];
    now?: () => Date;
    /** Services another harness opened (a Discord server linked with this workspace); left open. */
    sharedBot?: TestBot;
    /** How often the adapter sweeps for lapsed thread claims; the adapter's default otherwise. */
    lapsedClaimSweepMs?: number;
  } = {},
): Promise<SlackHarness> {
  const fake = new FakeSlackServer({ adminUserIds: [adminUserId, otherAdminUserId], teamId });
  await fake.start();
  const { logger, lines } = memoryLogger();
  const testBot = options.sharedBot ?? openTestBot({ logger });
  const { bot } = testBot;
  // The workspace's community exists with the starter pack, as on a bot that has run for a while.
  const community = await bot.communities.communityOf({ platform: "slack", spaceId: teamId }, new Date());
  const services = bot.forCommunity(community);
  const context = {
    services: bot,
    commands: options.commands ?? commands,
    now: options.now ?? (() => new Date()),
    ...(options.allowedSpaces ? { allowedSpaces: options.allowedSpaces } : {}),
  };
  const started: SlackRunningAdapter[] = [];
  const start = async (retryConfig: webApi.RetryOptions) => {
    const adapter = await startSlackAdapter(
      {
        botToken,
        ...(mode === "socket" ? { appToken } : { signingSecret }),
        apiUrl: fake.apiUrl,
        port: 0,
        host: "127.0.0.1",
        retryConfig,
        ...(options.lapsedClaimSweepMs ? { lapsedClaimSweepMs: options.lapsedClaimSweepMs } : {}),
      },
      context,
    );
    started.push(adapter);
    return adapter;
  };
  // No retries in tests: a failing fake must fail the test now, not after Slack's 30-minute policy.
  const adapter = await start({ retries: 0 });
  return {
    fake,
    bot,
    services,
    database: testBot.database,
    adapter,
    logLines: lines,
    eventsUrl: `http://127.0.0.1:${adapter.port}/slack/events`,
    startAnother: ({ retryConfig }) => start(retryConfig),
    async close() {
      for (const running of started) await running.stop();
      await fake.stop();
      if (!options.sharedBot) testBot.close();
    },
  };
}

let idCounter = 0;
/** A fresh id for response_urls, trigger ids and message timestamps. */
export function uniqueId(prefix: string): string {
  idCounter += 1;
  return `${prefix}${idCounter}`;
}

export function slashCommandForm(
  harness: SlackHarness,
  fields: {
    command: string;
    text: string;
    userId?: string;
    channelId?: string;
    responseId: string;
    teamId?: string;
  },
): string {
  return formBody({
    token: "verification-token-unused",
    team_id: fields.teamId ?? teamId,
    team_domain: "fake",
    channel_id: fields.channelId ?? "CGENERAL",
    channel_name: "general",
    user_id: fields.userId ?? "UMEMBER",
    user_name: "member",
    command: fields.command,
    text: fields.text,
    api_app_id: "A0001",
    response_url: harness.fake.responseUrl(fields.responseId),
    trigger_id: `trigger-${fields.responseId}`,
  });
}

export function postSlashCommand(
  harness: SlackHarness,
  fields: Parameters<typeof slashCommandForm>[1],
): Promise<Response> {
  return signedPost(
    harness.eventsUrl,
    slashCommandForm(harness, fields),
    "application/x-www-form-urlencoded",
    {
      signingSecret,
    },
  );
}

export function postInteraction(harness: SlackHarness, payload: Record<string, unknown>): Promise<Response> {
  return signedPost(
    harness.eventsUrl,
    formBody({ payload: JSON.stringify(payload) }),
    "application/x-www-form-urlencoded",
    { signingSecret },
  );
}

export function eventEnvelope(
  event: Record<string, unknown>,
  eventId: string,
  fromTeamId: string = teamId,
): Record<string, unknown> {
  return {
    token: "verification-token-unused",
    team_id: fromTeamId,
    api_app_id: "A0001",
    event,
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: fromTeamId, user_id: "UBOT", is_bot: true, is_enterprise_install: false }],
  };
}

export function postEvent(
  harness: SlackHarness,
  event: Record<string, unknown>,
  eventId: string,
  retryNum?: number,
  fromTeamId: string = teamId,
): Promise<Response> {
  return signedPost(
    harness.eventsUrl,
    JSON.stringify(eventEnvelope(event, eventId, fromTeamId)),
    "application/json",
    {
      signingSecret,
      ...(retryNum !== undefined ? { retryNum } : {}),
    },
  );
}

export function buttonPayload(
  harness: SlackHarness,
  fields: {
    actionId: string;
    userId: string;
    responseId: string;
    channelId?: string;
    messageTs?: string;
    teamId?: string;
  },
): Record<string, unknown> {
  const channelId = fields.channelId ?? "CGENERAL";
  const messageTs = fields.messageTs ?? "1700000000.000001";
  const team = fields.teamId ?? teamId;
  return {
    type: "block_actions",
    team: { id: team, domain: "fake" },
    user: { id: fields.userId, username: fields.userId.toLowerCase(), team_id: team },
    api_app_id: "A0001",
    token: "verification-token-unused",
    container: { type: "message", message_ts: messageTs, channel_id: channelId, is_ephemeral: false },
    trigger_id: `trigger-${fields.responseId}`,
    channel: { id: channelId, name: "general" },
    message: { type: "message", ts: messageTs, text: "answer" },
    response_url: harness.fake.responseUrl(fields.responseId),
    actions: [
      {
        type: "button",
        action_id: fields.actionId,
        block_id: "b1",
        value: fields.actionId,
        action_ts: "1700000000.1",
      },
    ],
  };
}
