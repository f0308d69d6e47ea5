import type { BotServices } from "../../src/ports/services.js";
import { createWebApp, type WebAppOptions } from "../../src/web/create-web-app.js";
import { startHttpServer } from "../../src/web/http-server.js";

/** The whole web app on the process's real HTTP server, on a free port of 127.0.0.1. */
export async function serveWebApp(services: BotServices, options: WebAppOptions) {
  const running = await startHttpServer({ port: 0, host: "127.0.0.1", web: createWebApp(services, options) });
  return { ...running, baseUrl: `http://127.0.0.1:${running.port}` };
}
