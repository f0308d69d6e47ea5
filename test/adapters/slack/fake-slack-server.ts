import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { FakeConversations, type FakeSlackMessage } from "./fake-slack-conversations.js";

/** One Web API call the bot made, with nested JSON arguments (blocks, view) already parsed. */
export interface RecordedApiCall {
  method: string;
  params: Record<string, unknown>;
  authorization: string | undefined;
  atMs: number;
  /** The caller hung up before the answer was written (e.g. a killed process): never took effect. */
  abandoned?: boolean;
}

/** One post to a response_url (what respond() sends). */
export interface RecordedResponse {
  id: string;
  body: Record<string, unknown>;
}

type ApiAnswer = {
  status?: number;
  headers?: Record<string, string>;
  body: Record<string, unknown>;
  /** Close the connection without answering, as a network failure would. */
  dropConnection?: boolean;
  /** Answer only after this long, as a slow or rate-limited Slack would. */
  delayMs?: number;
};

export interface FakeSlackOptions {
  /** users.info reports these as workspace admins. */
  adminUserIds?: string[];
  botUserId?: string;
  teamId?: string;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

// The Web API client sends form fields; objects (blocks, views) travel as JSON strings inside them.
function parseParams(text: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes("application/json"))
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  const params: Record<string, unknown> = {};
  for (const [name, value] of new URLSearchParams(text)) {
    params[name] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return params;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/**
 * A local stand-in for slack.com: the Web API under /api/, response_url targets under /respond/,
 * and a Socket Mode WebSocket under /socket. Everything is recorded for the tests to assert on.
 */
export class FakeSlackServer {
  readonly calls: RecordedApiCall[] = [];
  readonly responses: RecordedResponse[] = [];
  /** What members wrote, for conversations.history and conversations.replies to read back. */
  readonly conversations = new FakeConversations();
  readonly threads = this.conversations.threads;
  /** Channels conversations.info knows, with the workspace each lives in; any other is not found. */
  readonly channels = new Map<string, { teamId: string; isMember?: boolean; sharedWith?: string[] }>();
  private readonly callOf = new WeakMap<IncomingMessage, RecordedApiCall>();
  private readonly server: Server;
  private readonly sockets = new WebSocketServer({ noServer: true });
  private readonly queuedAnswers = new Map<string, ApiAnswer[]>();
  private readonly acks = new Map<string, (ack: Record<string, unknown>) => void>();
  private socket: WebSocket | undefined;
  private socketConnected: (() => void) | undefined;
  private tsCounter = 1000;
  private port = 0;
  readonly adminUserIds: Set<string>;
  readonly botUserId: string;
  readonly teamId: string;

  constructor(options: FakeSlackOptions = {}) {
    this.adminUserIds = new Set(options.adminUserIds ?? []);
    this.botUserId = options.botUserId ?? "UBOT";
    this.teamId = options.teamId ?? "T0001";
    this.server = createServer((req, res) => {
      void this.handle(req)
        .then((answer) => {
          // A caller gone while the answer was pending (killed, or given up): nothing reached it.
          if (req.socket.destroyed) {
            const call = this.callOf.get(req);
            if (call) call.abandoned = true;
          }
          if (answer.dropConnection) {
            req.socket.destroy();
            return;
          }
          res.writeHead(answer.status ?? 200, { "content-type": "application/json", ...answer.headers });
          res.end(JSON.stringify(answer.body));
        })
        .catch((error: unknown) => {
          res.writeHead(500).end(String(error));
        });
    });
    this.server.on("upgrade", (req, socket, head) => {
      if (!req.url?.startsWith("/socket")) return socket.destroy();
      this.sockets.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const client of this.sockets.clients) client.terminate();
    this.sockets.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/respond/${id}`;
  }

  /** A message a member wrote, so that reading it back works (see FakeConversations.addMessage). */
  addMessage(channel: string, message: FakeSlackMessage): void {
    this.conversations.addMessage(channel, message);
  }

  /** The next call(s) to `method` get these answers instead of the default (e.g. a 429). */
  queueAnswer(method: string, answer: ApiAnswer): void {
    const queue = this.queuedAnswers.get(method) ?? [];
    queue.push(answer);
    this.queuedAnswers.set(method, queue);
  }

  callsTo(method: string): RecordedApiCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  responsesTo(id: string): RecordedResponse[] {
    return this.responses.filter((response) => response.id === id);
  }

  /** Polls until `read` returns something truthy; fails the test with `what` after the timeout. */
  async waitFor<T>(
    what: string,
    read: () => T | undefined | null | false | Promise<T | undefined | null | false>,
    timeoutMs = 5_000,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
  }

  // --- Socket Mode ---

  /** Resolves once the bot has opened the socket (the hello is sent right away). */
  waitForSocket(): Promise<void> {
    if (this.socket) return Promise.resolve();
    return new Promise((resolve) => {
      this.socketConnected = resolve;
    });
  }

  /** Sends an envelope the way Slack does and resolves with the bot's acknowledgement. */
  sendEnvelope(
    type: "events_api" | "slash_commands" | "interactive",
    payload: unknown,
    envelopeId: string,
  ): Promise<Record<string, unknown>> {
    const socket = this.socket;
    if (!socket) throw new Error("no socket connected");
    const acked = new Promise<Record<string, unknown>>((resolve) => this.acks.set(envelopeId, resolve));
    socket.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== "events_api",
        retry_attempt: 0,
        retry_reason: "",
      }),
    );
    return acked;
  }

  private onSocket(ws: WebSocket): void {
    this.socket = ws;
    ws.on("message", (data) => {
      const ack = safeJson(String(data)) as { envelope_id?: string } | string;
      if (typeof ack === "object" && ack?.envelope_id)
        this.acks.get(ack.envelope_id)?.(ack as Record<string, unknown>);
    });
    ws.send(
      JSON.stringify({
        type: "hello",
        num_connections: 1,
        debug_info: { host: "fake" },
        connection_info: { app_id: "A0001" },
      }),
    );
    this.socketConnected?.();
  }

  // --- HTTP ---

  private async handle(req: IncomingMessage): Promise<ApiAnswer> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const text = await readBody(req);
    if (url.pathname.startsWith("/respond/")) {
      this.responses.push({
        id: url.pathname.slice("/respond/".length),
        body: JSON.parse(text) as Record<string, unknown>,
      });
      return { body: { ok: true } };
    }
    if (!url.pathname.startsWith("/api/")) return { status: 404, body: { ok: false, error: "not_found" } };
    const method = url.pathname.slice("/api/".length);
    const params = parseParams(text, req.headers["content-type"]);
    const call: RecordedApiCall = {
      method,
      params,
      authorization: req.headers.authorization,
      atMs: Date.now(),
    };
    this.calls.push(call);
    this.callOf.set(req, call);
    const queued = this.queuedAnswers.get(method)?.shift();
    if (queued?.delayMs) await new Promise((resolve) => setTimeout(resolve, queued.delayMs));
    // A delayed answer with no body of its own is the usual one, only late.
    if (queued?.delayMs && Object.keys(queued.body).length === 0 && !queued.dropConnection) {
      return { ...queued, body: this.defaultAnswer(method, params) };
    }
    return queued ?? { body: this.defaultAnswer(method, params) };
  }

  private nextTs(): string {
    this.tsCounter += 1;
    return `1700000000.${String(this.tsCounter).padStart(6, "0")}`;
  }

  private defaultAnswer(method: string, params: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://fake.slack.com/",
          team: "Fake",
          user: "gigdesk",
          team_id: this.teamId,
          user_id: this.botUserId,
          bot_id: "BBOT",
        };
      case "apps.connections.open":
        return { ok: true, url: `ws://127.0.0.1:${this.port}/socket` };
      case "users.info": {
        const id = String(params.user);
        const isAdmin = this.adminUserIds.has(id);
        return {
          ok: true,
          user: {
            id,
            name: id.toLowerCase(),
            real_name: `Member ${id}`,
            is_admin: isAdmin,
            is_owner: false,
            profile: { display_name: `member-${id}` },
          },
        };
      }
      case "chat.postMessage":
        return { ok: true, channel: params.channel, ts: this.nextTs(), message: { text: params.text } };
      case "chat.postEphemeral":
        return { ok: true, message_ts: this.nextTs() };
      case "chat.delete":
        return { ok: true, channel: params.channel, ts: params.ts };
      case "chat.getPermalink":
        return {
          ok: true,
          channel: params.channel,
          permalink: `https://fake.slack.com/archives/${String(params.channel)}/p${String(params.message_ts).replace(".", "")}`,
        };
      case "views.open":
      case "views.publish":
        return { ok: true, view: { id: "V0001" } };
      case "conversations.info": {
        const id = String(params.channel);
        const channel = this.channels.get(id);
        if (!channel) return { ok: false, error: "channel_not_found" };
        const sharedWith = channel.sharedWith ?? [];
        return {
          ok: true,
          channel: {
            id,
            is_channel: true,
            is_archived: false,
            is_member: channel.isMember ?? true,
            context_team_id: channel.teamId,
            shared_team_ids: [channel.teamId, ...sharedWith],
            is_ext_shared: sharedWith.length > 0,
          },
        };
      }
      case "conversations.replies":
      case "conversations.history":
        return this.conversations.answer(method, params);
      default:
        return { ok: false, error: "unknown_method" };
    }
  }
}
