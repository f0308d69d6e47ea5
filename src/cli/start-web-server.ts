import type { AppConfig } from "../config.js";
import type { BotServices } from "../ports/services.js";
import { StartupError } from "../startup-error.js";
import { createWebApp } from "../web/create-web-app.js";
import { type RunningHttpServer, startHttpServer } from "../web/http-server.js";
import { defaultSearchRateLimit } from "../web/search-gate.js";

/** The web app on the process's one HTTP server (PORT), with PUBLIC_URL and the search budget. */
export async function startWebServer(
  port: number,
  services: BotServices,
  web: AppConfig["web"],
  now: () => Date,
  isReady: () => boolean,
): Promise<RunningHttpServer> {
  const perMinute = web.searchesPerMinute ?? defaultSearchRateLimit.perMinute;
  const app = createWebApp(services, {
    now,
    isReady,
    ...(web.publicUrl ? { publicUrl: web.publicUrl } : {}),
    searchRateLimit: { perMinute, burst: Math.max(defaultSearchRateLimit.burst, Math.ceil(perMinute / 3)) },
  });
  try {
    return await startHttpServer({ port, web: app });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE")
      throw new StartupError(`gigdesk cannot start: port ${port} (PORT) is already in use.`);
    if (code === "EACCES")
      throw new StartupError(`gigdesk cannot start: no permission to listen on port ${port} (PORT).`);
    throw error;
  }
}
