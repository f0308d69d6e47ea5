import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, type CustomRoute, HTTPReceiver, SocketModeReceiver, type webApi } from "@slack/bolt";
import { isAllowedSpace, NOT_ALLOWED_HERE } from "../../core/allowed-spaces.js";
import type { AdapterContext, RunningAdapter } from "../running-adapter.js";
import { registerAppHome } from "./app-home.js";
import { createBoltLogger, scrubSecrets } from "./bolt-logger.js";
import { startSlackLapsedClaimSweep } from "./finish-lapsed-claims.js";
import { holdEventAcks } from "./hold-event-acks.js";
import { registerCommandButtons } from "./register-command-buttons.js";
import { registerCommandModal } from "./register-command-modal.js";
import { registerSaveAsFaq } from "./register-save-as-faq.js";
import { registerSlashCommands } from "./register-slash-commands.js";
import { registerThreadReplies } from "./register-thread-replies.js";
import { SlackActorResolver } from "./slack-actor-resolver.js";
import { slackErrorCode } from "./slack-error-code.js";
import { createSlackRuntime } from "./slack-runtime.js";

export interface SlackAdapterOptions {
  /** xoxb-… bot token (SLACK_BOT_TOKEN). */
  botToken: string;
  /** HTTP mode: verifies every request's signature (SLACK_SIGNING_SECRET). */
  signingSecret?: string;
  /** Socket Mode when given: xapp-… app-level token with connections:write (SLACK_APP_TOKEN). */
  appToken?: string;
  /** Web API base URL (SLACK_API_URL), e.g. a proxy, or the fake Slack in tests. */
  apiUrl?: string;
  /** HTTP mode: the port for /slack/events and /healthz; Socket Mode: the port for /healthz. 0 picks one. */
  port: number;
  /** Interface to listen on; all interfaces when absent. */
  host?: string;
  /**
   * The Web API client's retry policy. Production keeps the client's default (retries with
   * back-off, 429s waited out for their retry-after); tests pass `{ retries: 0 }`.
   */
  retryConfig?: webApi.RetryOptions;
  /**
   * The process's shared HTTP server (PORT): HTTP mode mounts /slack/events on it instead of
   * listening itself, and Socket Mode needs no health server of its own (it serves /healthz).
   */
  sharedServer?: { port: number; mount(path: string, listener: RequestListener): void };
  /** How often to look for abandoned claims to finish (the claim lease's half, by default). */
  lapsedClaimSweepMs?: number;
}

export interface SlackRunningAdapter extends RunningAdapter {
  /** The port actually listened on (useful with port 0). */
  port: number;
  mode: "http" | "socket";
}

export const slackEventsPath = "/slack/events";

/** auth.test errors that mean the token itself is wrong, rather than Slack being out of reach. */
const rejectedTokenCodes = new Set([
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "token_expired",
]);

function healthzResponse(res: import("node:http").ServerResponse): void {
  res.writeHead(200, { "content-type": "application/json" });
  res.end('{"ok":true}');
}

const healthzRoute: CustomRoute = {
  path: "/healthz",
  method: ["GET", "HEAD"],
  handler: (_req, res) => healthzResponse(res),
};

/** Socket Mode has no request URL, but a health check still needs something to call. */
function startHealthServer(port: number, host: string | undefined): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url === "/healthz") return healthzResponse(res);
    res.writeHead(404).end();
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

/**
 * Starts the Slack adapter on Bolt: HTTP mode (signed requests at /slack/events) or Socket Mode
 * when an app token is given. Every command, the thread-reply path and FAQ curation are wired here.
 */
export async function startSlackAdapter(
  options: SlackAdapterOptions,
  context: AdapterContext,
): Promise<SlackRunningAdapter> {
  const socketMode = options.appToken !== undefined && options.appToken !== "";
  if (!socketMode && !options.signingSecret) {
    throw new Error("Slack needs SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode).");
  }
  const secrets = [options.botToken, options.signingSecret, options.appToken].filter(
    (secret): secret is string => typeof secret === "string" && secret !== "",
  );
  const logger = context.services.logger.child({ adapter: "slack" });
  const boltLogger = createBoltLogger(logger, secrets);
  const clientOptions: webApi.WebClientOptions = {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    ...(options.retryConfig ? { retryConfig: options.retryConfig } : {}),
  };

  const receiver = socketMode
    ? new SocketModeReceiver({
        appToken: options.appToken as string,
        logger: boltLogger,
        // apps.connections.open goes through this client, so it must see the same API URL.
        installerOptions: { clientOptions },
      })
    : new HTTPReceiver({
        signingSecret: options.signingSecret as string,
        endpoints: slackEventsPath,
        logger: boltLogger,
        customRoutes: [healthzRoute],
        // Ack first, work after: Slack wants an answer within 3 s or it retries. Events are the
        // exception, held until their thread claim (see holdEventAcks), within the same 3 s.
        processBeforeResponse: false,
      });

  const app = new App({
    token: options.botToken,
    receiver,
    logger: boltLogger,
    clientOptions,
    // Bolt's conversation store keeps state per channel in memory; nothing here reads it.
    convoStore: false,
    // init() below runs auth.test, so a bad token fails the start instead of every later event.
    deferInitialization: true,
  });
  // Socket Mode has no HTTP response to hold: its acks stay Bolt's, and `release` finds nothing.
  const heldAcks = holdEventAcks();
  if (receiver instanceof HTTPReceiver) receiver.init(heldAcks.dispatcher(app));

  const runtime = createSlackRuntime({
    services: context.services,
    commands: context.commands,
    now: context.now,
    logger,
    actors: new SlackActorResolver(context.services, logger, context.now),
  });

  app.error(async (error) => {
    logger.error(
      { slackError: slackErrorCode(error), err: scrubSecrets(error.message ?? String(error), secrets) },
      "slack listener failed",
    );
  });

  // Outside ALLOWED_COMMUNITIES: a one-line refusal where one can be shown, and no work at all.
  if (context.allowedSpaces) {
    const allowedSpaces = context.allowedSpaces;
    app.use(async (args) => {
      const teamId = teamOf(args.body);
      if (teamId === null || isAllowedSpace(allowedSpaces, teamId)) return args.next();
      logger.warn({ teamId }, "request from a workspace outside ALLOWED_COMMUNITIES refused");
      if ("ack" in args && typeof args.ack === "function") {
        const isCommand = "command" in args && args.command !== undefined;
        await (args.ack as (response?: unknown) => Promise<void>)(
          isCommand ? { response_type: "ephemeral", text: NOT_ALLOWED_HERE } : undefined,
        );
      }
    });
  }
  registerSlashCommands(app, runtime);
  registerCommandModal(app, runtime);
  registerThreadReplies(app, runtime, heldAcks.release);
  registerSaveAsFaq(app, runtime);
  registerCommandButtons(app, runtime);
  registerAppHome(app, runtime);

  try {
    await app.init();
  } catch (error) {
    const code = slackErrorCode(error);
    throw new Error(
      rejectedTokenCodes.has(code)
        ? `Slack rejected the bot token (auth.test: ${code}). Check SLACK_BOT_TOKEN.`
        : `Could not reach Slack's Web API${options.apiUrl ? ` at ${options.apiUrl}` : ""} (auth.test: ${code}).`,
    );
  }

  let port: number;
  let healthServer: Server | undefined;
  const shared = options.sharedServer;
  if (shared && socketMode) {
    port = shared.port;
    try {
      await app.start();
    } catch (error) {
      throw new Error(
        `Socket Mode could not connect (apps.connections.open: ${slackErrorCode(error)}). Check SLACK_APP_TOKEN.`,
      );
    }
  } else if (shared && receiver instanceof HTTPReceiver) {
    // Bolt's own listener, untouched: it checks the signature over the raw body and acks.
    shared.mount(slackEventsPath, receiver.requestListener);
    port = shared.port;
  } else if (socketMode) {
    healthServer = await startHealthServer(options.port, options.host);
    port = (healthServer.address() as AddressInfo).port;
    try {
      await app.start();
    } catch (error) {
      await closeServer(healthServer);
      throw new Error(
        `Socket Mode could not connect (apps.connections.open: ${slackErrorCode(error)}). Check SLACK_APP_TOKEN.`,
      );
    }
  } else {
    const server = (await app.start(
      options.host ? { port: options.port, host: options.host } : options.port,
    )) as unknown as Server;
    port = (server.address() as AddressInfo).port;
  }
  logger.info({ mode: socketMode ? "socket" : "http", port }, "slack adapter started");
  const sweep = startSlackLapsedClaimSweep(runtime, app.client, options.lapsedClaimSweepMs ?? 15_000);

  let stopping: Promise<void> | undefined;
  return {
    name: "slack",
    port,
    mode: socketMode ? "socket" : "http",
    stop() {
      stopping ??= (async () => {
        sweep.stop();
        // On a shared server Bolt's HTTP receiver never listened, so there is nothing to stop.
        const ownsReceiver = !(shared && !socketMode);
        if (ownsReceiver)
          await app
            .stop()
            .catch((error: unknown) => logger.warn({ err: String(error) }, "slack receiver stop failed"));
        await runtime.settle();
        if (healthServer) await closeServer(healthServer);
        logger.info({}, "slack adapter stopped");
      })();
      return stopping;
    },
  };
}

/** The workspace a Slack payload comes from: slash commands, events, interactions all carry one. */
function teamOf(body: unknown): string | null {
  const record = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const team = record.team as { id?: unknown } | undefined;
  const candidates = [record.team_id, team?.id, (record.event as { team?: unknown } | undefined)?.team];
  const found = candidates.find((value): value is string => typeof value === "string" && value !== "");
  return found ?? null;
}
