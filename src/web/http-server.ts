import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import type { Hono } from "hono";

export interface HttpServerOptions {
  port: number;
  /** Interface to listen on; all interfaces when absent (tests pass 127.0.0.1). */
  host?: string;
  web: Hono;
}

export interface RunningHttpServer {
  name: "http";
  port: number;
  /**
   * Hands `path` to another listener before the web app sees it: Slack's events go to Bolt's
   * own listener untouched, because Bolt verifies the signature over the raw body.
   */
  mount(path: string, listener: RequestListener): void;
  stop(): Promise<void>;
}

/**
 * The process's one HTTP server: the web app (pages, /healthz, the JSON API) on PORT, plus
 * whatever an adapter mounts (Slack's /slack/events in HTTP mode), whichever adapters run.
 */
export function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const mounted = new Map<string, RequestListener>();
  const web = getRequestListener(options.web.fetch);
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const listener = mounted.get(path);
    if (listener) {
      listener(req, res);
      return;
    }
    void web(req, res);
  });
  // A slow client may not hold a connection open for ever (Slack and browsers send at once).
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      let stopping: Promise<void> | undefined;
      resolve({
        name: "http",
        port: (server.address() as AddressInfo).port,
        mount: (path, listener) => mounted.set(path, listener),
        stop() {
          stopping ??= new Promise<void>((done) => {
            server.close(() => done());
            // Keep-alive connections would hold close() open until they time out.
            server.closeIdleConnections();
            setTimeout(() => server.closeAllConnections(), 2_000).unref();
          });
          return stopping;
        },
      });
    });
  });
}
