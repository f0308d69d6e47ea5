import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { registerCalculatorRoutes } from "../../../src/web/calculator/register-calculator-routes.js";

export interface SeenRequest {
  method: string;
  url: string;
  body: string;
}

/**
 * The calculator's routes on a real HTTP server on 127.0.0.1, with every request the server
 * receives written down (method, full URL with query, body), for the tests that prove the
 * member's figures never arrive.
 */
export async function serveCalculator() {
  const seen: SeenRequest[] = [];
  const app = new Hono();
  app.use("*", async (c, next) => {
    seen.push({ method: c.req.method, url: c.req.url, body: await c.req.raw.clone().text() });
    await next();
  });
  registerCalculatorRoutes(app);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
