import { userInfo } from "node:os";
import { commands } from "../../commands/index.js";
import { startConsoleAdapter } from "../adapters/console/console-adapter.js";
import type { RunningAdapter } from "../adapters/running-adapter.js";
import { loadConfig } from "../config.js";
import { loadStarterPack } from "../content/seed-starter-pack.js";
import { DEFAULT_CLAIM_LEASE_SECONDS } from "../core/faq/claim-lease.js";
import { loadRulesets } from "../core/rules/load-rulesets.js";
import { createLogger } from "../logger.js";
import { createServices } from "../services/create-services.js";
import { purgeExpiredMemberData, startRetentionPurge } from "../services/retention-purge.js";
import { StartupError } from "../startup-error.js";
import { describeStorageFailure } from "../storage/describe-storage-failure.js";
import { cliUsage, parseCliArgs } from "./bot-args.js";
import { openStores } from "./open-stores.js";
import { startWebServer } from "./start-web-server.js";

/**
 * Composition root: configuration -> rulesets -> database -> services -> adapters, and a
 * shutdown that lets in-flight replies finish before the database closes.
 */
async function main(): Promise<number> {
  const parsedArgs = parseCliArgs(process.argv.slice(2), safeUserName());
  if (!parsedArgs.ok) throw new StartupError(parsedArgs.message);
  const args = parsedArgs.args;
  if (args.help) {
    process.stdout.write(`${cliUsage}\n`);
    return 0;
  }
  const config = loadConfig(process.env);
  loadRulesets();
  const platformsConfigured = config.discord !== undefined || config.slack !== undefined;
  const runConsole = args.forceConsole || !platformsConfigured;
  const logger = createLogger(config.logLevel ?? (runConsole ? "warn" : "info"));
  const { stores, close, engine } = await openStores(config);
  logger.debug({ database: engine }, "database opened");
  const claimLeaseSeconds = config.claims.leaseSeconds ?? DEFAULT_CLAIM_LEASE_SECONDS;
  const services = createServices(stores, logger, {
    starterPack: loadStarterPack(),
    claimLeaseSeconds,
    ...(config.claims.instanceId ? { instanceId: config.claims.instanceId } : {}),
    ...(config.web.publicUrl ? { publicUrl: config.web.publicUrl } : {}),
  });
  const now = () => new Date();
  // Every community gets the current starter pack's new entries and corrections (README: communities).
  const refreshed = await services.communities.refreshStarterPacks(now());
  if (refreshed.added + refreshed.corrected + refreshed.flagged > 0)
    logger.info(refreshed, "starter pack applied");
  const adapters: RunningAdapter[] = [];
  // Member data older than each community's retention is purged now and every hour (README:
  // Security and privacy). It is stopped like an adapter, before the database closes.
  const purge = startRetentionPurge(() => purgeExpiredMemberData(stores, now()), logger);
  adapters.push(purge);
  await purge.firstRun;

  let stopping: Promise<void> | undefined;
  // /healthz says 503 until every platform adapter is up (and again once shutdown begins).
  let ready = false;
  const stopEverything = () => {
    stopping ??= (async () => {
      ready = false;
      // Reverse start order: the last adapter started is the first to stop taking work.
      for (const adapter of [...adapters].reverse()) {
        await adapter
          .stop()
          .catch((error: unknown) => logger.error({ err: error, adapter: adapter.name }, "stop failed"));
      }
      await close();
    })();
    return stopping;
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      logger.info({ signal }, "shutting down");
      void stopEverything().then(() => process.exit(0));
    });
  }

  try {
    // The HTTP server first, so that Slack's HTTP mode can mount /slack/events on it; it stops last.
    const http = config.http
      ? await startWebServer(config.http.port, services, config.web, now, () => ready).then((server) => {
          adapters.push(server);
          logger.info({ port: server.port }, "web server listening");
          return server;
        })
      : undefined;
    if (config.discord) {
      const { startDiscordAdapter } = await import("../adapters/discord/start-discord-adapter.js");
      adapters.push(
        await startDiscordAdapter(
          // Half a lease between sweeps: an abandoned claim is finished within one and a half leases.
          { ...config.discord, lapsedClaimSweepMs: claimLeaseSeconds * 500 },
          {
            services,
            commands,
            now,
            ...(config.allowedSpaces ? { allowedSpaces: config.allowedSpaces } : {}),
          },
        ),
      );
    }
    if (config.slack) {
      const { startSlackAdapter } = await import("../adapters/slack/start-slack-adapter.js");
      adapters.push(
        await startSlackAdapter(
          // Half a lease between sweeps, as for Discord.
          {
            ...config.slack,
            ...(http ? { sharedServer: http } : {}),
            lapsedClaimSweepMs: claimLeaseSeconds * 500,
          },
          {
            services,
            commands,
            now,
            ...(config.allowedSpaces ? { allowedSpaces: config.allowedSpaces } : {}),
          },
        ),
      );
    }
  } catch (error) {
    await stopEverything();
    throw error;
  }
  ready = true;

  if (runConsole) {
    const consoleAdapter = startConsoleAdapter(
      {
        input: process.stdin,
        output: process.stdout,
        json: args.json,
        user: args.user,
        moderator: args.moderator,
        community: args.community,
      },
      { services, commands, now, ...(config.allowedSpaces ? { allowedSpaces: config.allowedSpaces } : {}) },
    );
    adapters.push(consoleAdapter);
    await consoleAdapter.finished;
    // End of input (or Ctrl+D) ends the process even when platforms run beside the console.
    await stopEverything();
    return 0;
  }
  logger.info({ adapters: adapters.map((adapter) => adapter.name) }, "gigdesk is running");
  return await new Promise<number>(() => {
    // Runs until a signal arrives; the signal handler exits.
  });
}

function safeUserName(): string {
  try {
    return userInfo().username || "console-user";
  } catch {
    return "console-user";
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const storageFailure = describeStorageFailure(error);
    if (error instanceof StartupError || (error instanceof Error && error.name === "RulesetError")) {
      process.stderr.write(`${error.message}\n`);
    } else if (storageFailure) {
      process.stderr.write(`gigdesk stopped: ${storageFailure}\n`);
    } else {
      process.stderr.write(
        `gigdesk stopped on an unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
    }
    process.exitCode = 1;
  },
);
