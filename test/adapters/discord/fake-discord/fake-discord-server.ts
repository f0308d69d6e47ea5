import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { botMessagePayload } from "./bot-message.js";
import { type FakeGuild, guildCreatePayload } from "./fake-guild.js";
import { identifiedShard, NonceWindow, shardOfGuild } from "./fake-shards.js";
import { SnowflakeSequence } from "./snowflake-sequence.js";

/** One REST call the bot made, as the fake saw it. `path` starts after `/api/v10`. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** Parsed JSON body, or null when there was none. */
  body: unknown;
  authorization: string | undefined;
  at: number;
  /** What the fake answered. */
  status: number;
  response: unknown;
}

/** A canned answer for the next request that matches, e.g. a 429 or a 500. */
export interface ScriptedResponse {
  method: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface FakeDiscordOptions {
  applicationId: string;
  /** Close the gateway with this code instead of accepting IDENTIFY (e.g. 4014, intents not enabled). */
  refuseIdentifyWithCode?: number;
  botUser: { id: string; username: string };
  guild: FakeGuild;
  /** More servers the bot is in (tests of one community's data against another's). */
  otherGuilds?: FakeGuild[];
}

interface GatewaySession {
  socket: WebSocket;
  sequence: number;
  sessionId: string;
  /** [shard_id, num_shards] from IDENTIFY: which guilds' events this session gets. */
  shard: [number, number];
}

/**
 * A Discord stand-in on 127.0.0.1: the REST routes the bot uses and a JSON gateway that the real,
 * unmodified discord.js client logs into. Tests dispatch events and read the bot's REST calls.
 */
export class FakeDiscordServer {
  readonly requests: RecordedRequest[] = [];
  readonly identifies: unknown[] = [];
  readonly resumes: unknown[] = [];
  /** Messages created with enforce_nonce, for deduplication the way Discord does it. */
  readonly nonces = new NonceWindow();
  private readonly scripted: ScriptedResponse[] = [];
  private readonly waiters = new Set<() => void>();
  private readonly sessions = new Set<GatewaySession>();
  private readonly messages = new Map<string, Record<string, unknown>>();
  /** Threads tests created (THREAD_CREATE), by id, with the guild each is in. */
  private readonly threadGuilds = new Map<string, string>();
  private readonly ids = new SnowflakeSequence();
  private readonly wss = new WebSocketServer({ noServer: true });
  private port = 0;

  private constructor(
    private readonly server: Server,
    readonly options: FakeDiscordOptions,
  ) {}

  static async start(options: FakeDiscordOptions): Promise<FakeDiscordServer> {
    const server = createServer();
    const fake = new FakeDiscordServer(server, options);
    server.on("request", (req, res) => {
      fake.handleHttp(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
    server.on("upgrade", (req, socket, head) => {
      fake.wss.handleUpgrade(req, socket, head, (ws) => fake.acceptGateway(ws));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    fake.port = (server.address() as AddressInfo).port;
    return fake;
  }

  /** The REST base to give discord.js (`rest.api`). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Every guild the bot is in, the main one first. */
  get guilds(): FakeGuild[] {
    return [this.options.guild, ...(this.options.otherGuilds ?? [])];
  }

  /** The guild a channel or thread of the fake belongs to (the main guild for unknown ids). */
  guildOfChannel(channelId: string): FakeGuild {
    const owns = (guild: FakeGuild) =>
      [
        guild.textChannelId,
        guild.forumChannelId,
        guild.forumThreadId,
        guild.textThreadId,
        guild.moderatorsChannelId,
      ].includes(channelId);
    const threadGuild = this.threadGuilds.get(channelId);
    return (
      this.guilds.find((guild) => (threadGuild ? guild.id === threadGuild : owns(guild))) ??
      this.options.guild
    );
  }

  nextId(): string {
    return this.ids.next();
  }

  /** The next request matching method and path gets this answer instead of the normal one. */
  scriptOnce(response: ScriptedResponse): void {
    this.scripted.push(response);
  }

  /** Sends a dispatch (op 0) to every connected gateway session. */
  dispatch(eventName: string, data: unknown): void {
    const thread = data as { id?: unknown; guild_id?: unknown };
    if (eventName === "THREAD_CREATE" && typeof thread.id === "string" && typeof thread.guild_id === "string")
      this.threadGuilds.set(thread.id, thread.guild_id);
    for (const session of this.sessions) {
      if (this.servesGuild(session, thread.guild_id)) this.sendDispatch(session, eventName, data);
    }
  }

  /** Guild events go only to the sessions of the guild's shard; others go to every session. */
  private servesGuild(session: GatewaySession, guildId: unknown): boolean {
    if (typeof guildId !== "string") return true;
    return shardOfGuild(guildId, session.shard[1]) === session.shard[0];
  }

  /** A message the bot can later fetch (e.g. a thread's opening post). */
  rememberMessage(message: Record<string, unknown>): void {
    this.messages.set(String(message.id), message);
  }

  /** Closes every gateway socket with a resumable code, as Discord does when it restarts a node. */
  dropGatewayConnections(code = 4000): void {
    for (const session of this.sessions) session.socket.close(code, "fake restart");
  }

  get connectedSessions(): number {
    return this.sessions.size;
  }

  /** Resolves with the first recorded request (past or future) that matches. */
  async waitForRequest(
    predicate: (request: RecordedRequest) => boolean,
    timeoutMs = 5_000,
  ): Promise<RecordedRequest> {
    return this.waitUntil(() => this.requests.find(predicate), timeoutMs, "a matching request");
  }

  /** Resolves once `probe` returns a value, re-checked after every request and gateway event. */
  async waitUntil<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const found = probe();
    if (found !== undefined) return found;
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = probe();
        if (value === undefined) return;
        cleanup();
        resolve(value);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake Discord: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
    });
  }

  async close(): Promise<void> {
    for (const session of this.sessions) session.socket.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  // ---- REST ----

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = decodeURIComponent(url.pathname).replace(/^\/api(\/v\d+)?/, "");
    const raw = await readBody(req);
    const body = parseBody(raw, req.headers["content-type"]);
    const method = req.method ?? "GET";
    const scriptedIndex = this.scripted.findIndex(
      (candidate) => candidate.method === method && candidate.path.test(path),
    );
    const scripted = scriptedIndex >= 0 ? this.scripted.splice(scriptedIndex, 1)[0] : undefined;
    const answer = scripted
      ? { status: scripted.status, body: scripted.body ?? {}, headers: scripted.headers ?? {} }
      : { ...this.route(method, path, url.searchParams, body), headers: {} };
    // Recorded with the answer, so a test can read the id the fake gave a posted message.
    this.requests.push({
      method,
      path,
      query: url.searchParams,
      body,
      authorization: req.headers.authorization,
      at: Date.now(),
      status: answer.status,
      response: answer.body,
    });
    this.notify();
    send(res, answer.status, answer.body, answer.headers);
  }

  private route(
    method: string,
    path: string,
    query: URLSearchParams,
    body: unknown,
  ): { status: number; body: unknown } {
    const { applicationId, guild } = this.options;
    if (method === "GET" && path === "/gateway/bot") {
      return {
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      };
    }
    if (method === "POST" && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      if (query.get("with_response") === "true") {
        return {
          status: 200,
          body: { interaction: { id: path.split("/")[2], type: 2 }, resource: { type: 4 } },
        };
      }
      return { status: 204, body: null };
    }
    const webhookMessage = path.match(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/);
    if (webhookMessage) {
      if (method === "DELETE") return { status: 204, body: null };
      return { status: 200, body: this.messageFromBot(guild.textChannelId, body) };
    }
    const channelMessages = path.match(/^\/channels\/(\d+)\/messages(?:\/(\d+))?$/);
    if (channelMessages) {
      const [, channelId = "", messageId] = channelMessages;
      if (method === "POST") {
        const author = this.options.botUser.id;
        const earlier = this.nonces.earlier(author, body, Date.now());
        if (earlier) return { status: 200, body: earlier };
        const created = this.messageFromBot(channelId, body);
        this.nonces.remember(author, body, created, Date.now());
        return { status: 200, body: created };
      }
      if (method === "DELETE") return { status: 204, body: null };
      if (method === "GET" && messageId) {
        const stored = this.messages.get(messageId);
        return stored
          ? { status: 200, body: stored }
          : { status: 404, body: { message: "Unknown Message", code: 10008 } };
      }
    }
    const bulkCommands = path.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/);
    if (bulkCommands && method === "PUT" && bulkCommands[1] === applicationId) {
      const commands = Array.isArray(body) ? body : [];
      return {
        status: 200,
        body: commands.map((command: Record<string, unknown>) => ({
          ...command,
          id: this.ids.next(),
          application_id: applicationId,
          version: this.ids.next(),
          ...(bulkCommands[2] ? { guild_id: bulkCommands[2] } : {}),
        })),
      };
    }
    return { status: 404, body: { message: "404: Not Found", code: 0 } };
  }

  private messageFromBot(channelId: string, body: unknown): Record<string, unknown> {
    const payload = (body ?? {}) as Record<string, unknown>;
    const message = botMessagePayload({
      id: this.ids.next(),
      channelId,
      guildId: this.guildOfChannel(channelId).id,
      botUser: this.options.botUser,
      content: payload.content,
      embeds: payload.embeds,
      components: payload.components,
      flags: typeof payload.flags === "number" ? payload.flags : 0,
    });
    this.rememberMessage(message);
    return message;
  }

  // ---- gateway ----

  private acceptGateway(socket: WebSocket): void {
    const session: GatewaySession = { socket, sequence: 0, sessionId: "", shard: [0, 1] };
    this.sessions.add(session);
    socket.on("close", () => {
      this.sessions.delete(session);
      this.notify();
    });
    socket.on("message", (data) => {
      const packet = JSON.parse(String(data)) as { op: number; d: unknown };
      this.onGatewayPacket(session, packet);
    });
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
  }

  private onGatewayPacket(session: GatewaySession, packet: { op: number; d: unknown }): void {
    switch (packet.op) {
      case 1:
        session.socket.send(JSON.stringify({ op: 11, d: null }));
        return;
      case 2: {
        this.identifies.push(packet.d);
        if (this.options.refuseIdentifyWithCode) {
          session.socket.close(this.options.refuseIdentifyWithCode, "refused");
          return;
        }
        session.sessionId = `session-${this.ids.next()}`;
        session.shard = identifiedShard(packet.d);
        const { botUser, applicationId } = this.options;
        const guilds = this.guilds.filter((guild) => this.servesGuild(session, guild.id));
        this.sendDispatch(session, "READY", {
          v: 10,
          user: { ...botUser, discriminator: "0", global_name: null, avatar: null, bot: true },
          guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
          session_id: session.sessionId,
          resume_gateway_url: this.gatewayUrl,
          shard: session.shard,
          application: { id: applicationId, flags: 0 },
        });
        for (const guild of guilds) {
          this.sendDispatch(session, "GUILD_CREATE", guildCreatePayload(guild, botUser));
        }
        this.notify();
        return;
      }
      case 6: {
        const resume = packet.d as { seq: number; session_id: string };
        this.resumes.push(resume);
        session.sessionId = resume.session_id;
        session.sequence = resume.seq;
        this.sendDispatch(session, "RESUMED", {});
        this.notify();
        return;
      }
      default:
        return;
    }
  }

  private sendDispatch(session: GatewaySession, eventName: string, data: unknown): void {
    session.sequence += 1;
    session.socket.send(JSON.stringify({ op: 0, t: eventName, s: session.sequence, d: data }));
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw.length === 0) return null;
  if (contentType?.includes("application/json")) return JSON.parse(raw);
  return raw;
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (status === 204 || body === null) {
    res.end();
    return;
  }
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify(body));
}
