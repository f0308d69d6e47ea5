import {
  Client,
  Events,
  GatewayIntentBits,
  type Guild,
  type Interaction,
  MessageFlags,
  RESTEvents,
} from "discord.js";
import { storageBusyProblem } from "../../command-kit/run-command.js";
import type { DiscordSharding } from "../../config-scale.js";
import { isAllowedSpace, NOT_ALLOWED_HERE } from "../../core/allowed-spaces.js";
import { problem } from "../../core/reply.js";
import type { Logger } from "../../ports/logger.js";
import { isStorageBusy } from "../../ports/storage-busy.js";
import { StartupError } from "../../startup-error.js";
import { InFlightWork } from "../in-flight-work.js";
import type { AdapterContext, RunningAdapter } from "../running-adapter.js";
import { logFailure } from "./describe-error.js";
import { type DiscordHandlerDeps, PendingModalInputs } from "./discord-handler-deps.js";
import { startDiscordLapsedClaimSweep } from "./finish-lapsed-claims.js";
import { handleThreadMessage } from "./handle-thread-message.js";
import { asChannelMessage, renderReply } from "./render-reply.js";
import { routeInteraction } from "./route-interaction.js";
import { SeenIds } from "./seen-ids.js";
import { replyNow } from "./simple-replies.js";

export interface DiscordAdapterOptions {
  token: string;
  applicationId: string;
  /** REST base such as https://discord.com/api (default) or a proxy; the tests' fake server. */
  apiUrl?: string;
  /** Registration target for development; the adapter itself serves every guild it is in. */
  guildId?: string;
  /** Defer a command still running after this long; Discord's window is 3 s. */
  deferAfterMs?: number;
  /** How long to wait for the gateway's READY before giving up on start. */
  readyTimeoutMs?: number;
  /** The shards this process runs (DISCORD_SHARDS / DISCORD_SHARD_COUNT); unset: shard 0 of 1. */
  sharding?: DiscordSharding;
  /** How often to look for abandoned claims to finish (the claim lease's half, by default). */
  lapsedClaimSweepMs?: number;
}

/**
 * Logs the bot in with discord.js and serves slash commands, the curation modals and buttons,
 * the "Save as FAQ" context menu and thread answers until stop() is called.
 */
export async function startDiscordAdapter(
  options: DiscordAdapterOptions,
  context: AdapterContext,
): Promise<RunningAdapter> {
  const logger = context.services.logger.child({ adapter: "discord" });
  const client = new Client({
    // Only what the bot uses: guilds and channels (cache), guild messages and their text (thread questions).
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
    // Nobody is pinged unless a reply names them explicitly (the asker).
    allowedMentions: { parse: [], repliedUser: false },
    // discord.js waits out 429s on its own (rejectOnRateLimit stays unset); a 5xx is retried once, then the
    // handler logs it. The default of three retries would keep a member waiting past the 3-second window.
    rest: { retries: 1, ...(options.apiUrl ? { api: options.apiUrl } : {}) },
    // Several processes may each run a slice of the shards; the total must be the same in all of them.
    ...(options.sharding ?? {}),
  });
  const deps: DiscordHandlerDeps = {
    client,
    services: context.services,
    commands: context.commands,
    now: context.now,
    logger,
    deferAfterMs: options.deferAfterMs ?? 2_000,
    pendingModalInputs: new PendingModalInputs(),
  };
  const seenInteractions = new SeenIds();
  const seenMessages = new SeenIds();
  const inFlight = new InFlightWork();
  const track = (work: () => Promise<void>, onError: (error: unknown) => Promise<void> | void) => {
    void inFlight.run(work, async (error) => {
      try {
        await onError(error);
      } catch (secondError) {
        logFailure(logger, secondError, {}, "could not report a failure to the member");
      }
    });
  };

  const allowed = (guildId: string | null) =>
    guildId === null || isAllowedSpace(context.allowedSpaces, guildId);
  client.on(Events.GuildCreate, (guild) => {
    if (!allowed(guild.id))
      track(
        () => leaveGuild(guild, logger),
        (error) => {
          logFailure(
            logger,
            error,
            { guildId: guild.id },
            "could not leave a server outside ALLOWED_COMMUNITIES",
          );
        },
      );
  });
  client.on(Events.InteractionCreate, (interaction) => {
    // A replayed event (gateway resume) must not answer twice; Discord would reject the second anyway.
    if (!seenInteractions.firstTime(interaction.id)) {
      logger.debug({ interactionId: interaction.id }, "duplicate interaction ignored");
      return;
    }
    if (!allowed(interaction.guildId)) {
      if (interaction.isRepliable()) {
        track(
          () =>
            replyNow(interaction, problem("not-allowed", NOT_ALLOWED_HERE, { guildId: interaction.guildId })),
          (error) => {
            logFailure(logger, error, {}, "could not refuse an interaction outside ALLOWED_COMMUNITIES");
          },
        );
      }
      return;
    }
    track(
      () => routeInteraction(interaction, deps),
      (error) => reportInteractionFailure(interaction, error, deps),
    );
  });
  client.on(Events.MessageCreate, (message) => {
    if (!seenMessages.firstTime(message.id) || !allowed(message.guildId)) return;
    track(
      () => handleThreadMessage(message, deps),
      (error) => {
        const busy = isStorageBusy(error);
        logFailure(
          logger,
          error,
          { messageId: message.id, channelId: message.channelId },
          busy ? "thread message left: the database is busy" : "thread answer failed",
          busy ? "warn" : "error",
        );
      },
    );
  });
  client.on(Events.Error, (error) => logFailure(logger, error, {}, "discord client error"));
  client.on(Events.ShardError, (error, shardId) => logFailure(logger, error, { shardId }, "gateway error"));
  client.on(Events.Warn, (warning) => logger.warn({ warning }, "discord client warning"));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, "gateway resumed"));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.error(
      { code: event.code, shardId },
      "Discord closed the gateway for good; the bot is offline until restarted",
    ),
  );
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, "gateway reconnecting"));
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.warn(
      { route: info.route, method: info.method, retryAfterMs: info.retryAfter, global: info.global },
      "rate limited by Discord; waiting before retrying",
    ),
  );

  let readyTimer: NodeJS.Timeout | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Discord did not become ready within ${options.readyTimeoutMs ?? 30_000} ms`)),
      options.readyTimeoutMs ?? 30_000,
    );
    readyTimer = timer;
    client.once(Events.ClientReady, () => {
      clearTimeout(timer);
      resolve();
    });
    // Unrecoverable close codes (bad token, intents not enabled) end the start instead of a long wait.
    client.once(Events.ShardDisconnect, (event) => {
      clearTimeout(timer);
      reject(
        Object.assign(new Error(`Discord closed the gateway with code ${event.code}`), { code: event.code }),
      );
    });
  });
  // Awaited below; marked handled now so that a login failure does not leave it unhandled.
  ready.catch(() => undefined);
  try {
    await client.login(options.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw startupFailure(error);
  } finally {
    clearTimeout(readyTimer);
  }
  if (client.application?.id && client.application.id !== options.applicationId) {
    logger.warn(
      { configured: options.applicationId, actual: client.application.id },
      "DISCORD_APPLICATION_ID does not match the bot token's application; commands may be registered elsewhere",
    );
  }
  logger.info(
    { user: client.user?.tag, guilds: client.guilds.cache.size, shards: client.options.shards },
    "discord adapter ready",
  );
  const sweep = startDiscordLapsedClaimSweep(deps, track, options.lapsedClaimSweepMs ?? 15_000);

  return {
    name: "discord",
    async stop() {
      sweep.stop();
      await inFlight.stop();
      await client.destroy();
    },
  };
}

/** A refused token is the operator's to fix: say so plainly instead of printing a stack. */
function startupFailure(error: unknown): unknown {
  const code = (error as { code?: unknown; status?: unknown }).code;
  const status = (error as { status?: unknown }).status;
  if (code === "TokenInvalid" || code === 4004 || status === 401) {
    return new StartupError(
      "Discord refused DISCORD_TOKEN. Copy the bot token again (Developer Portal → your application → Bot → Reset Token).",
    );
  }
  // @discordjs/ws reports close code 4014 as a plain Error with this message.
  const message = error instanceof Error ? error.message : "";
  if (code === "DisallowedIntents" || code === 4014 || /disallowed intents/i.test(message)) {
    return new StartupError(
      "Discord refused the Message Content intent. Turn it on under Developer Portal → your application → Bot → Privileged Gateway Intents.",
    );
  }
  return error;
}

/** Tells the member something went wrong (with a reference), if the interaction can still be answered. */
async function reportInteractionFailure(
  interaction: Interaction,
  error: unknown,
  deps: DiscordHandlerDeps,
): Promise<void> {
  // A database held by another process is not a bug: the member hears "busy, try again".
  const busy = isStorageBusy(error);
  const reference = logFailure(
    deps.logger,
    error,
    { interactionId: interaction.id, type: interaction.type },
    busy ? "interaction refused: the database is busy" : "interaction failed",
    busy ? "warn" : "error",
  );
  if (!interaction.isRepliable()) return;
  const reply = busy
    ? storageBusyProblem(reference)
    : problem(
        "internal-error",
        `Something went wrong on our side. Please try again; if it keeps happening, tell a moderator the reference **${reference}**.`,
        { reference },
      );
  const payload = renderReply(reply, { mentionUserIds: [] });
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply(asChannelMessage(payload));
  } else if (!interaction.replied) {
    await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
  }
}

/**
 * A server outside ALLOWED_COMMUNITIES: one short note where the server's join messages go (Discord
 * does not say who added a bot), then the bot leaves, having read and stored nothing.
 */
async function leaveGuild(guild: Guild, logger: Logger): Promise<void> {
  const channel = guild.systemChannel;
  if (channel?.isSendable()) {
    await channel
      .send({ content: `${NOT_ALLOWED_HERE} It is leaving this server now.`, allowedMentions: { parse: [] } })
      .catch(() => undefined);
  }
  logger.warn({ guildId: guild.id }, "left a server outside ALLOWED_COMMUNITIES");
  await guild.leave();
}
