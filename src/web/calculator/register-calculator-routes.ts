import type { Hono } from "hono";
import { calculatorPath } from "../../../commands/exclusive-check.js";
import { calculatorScript } from "./build-calculator-script.js";
import {
  calculatorIconPath,
  calculatorScriptPath,
  calculatorStylePath,
  renderCalculatorPage,
} from "./calculator-page.js";
import { calculatorIcon, calculatorStyle } from "./calculator-style.js";

export interface CalculatorRouteOptions {
  /** PUBLIC_URL, for the canonical link. */
  publicUrl?: string;
}

/**
 * Same-origin script and style only, and nothing else: no requests from the page (connect-src
 * 'none') and no form submission anywhere (form-action 'none'), so a member's figures have no
 * way to leave her browser. When the web server sets its own site-wide policy, it must be at
 * least as strict about script and style (no 'unsafe-inline').
 */
export const calculatorContentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** Mounts the exclusive-contract calculator: the page, its script and its style sheet. */
export function registerCalculatorRoutes(app: Hono, options: CalculatorRouteOptions = {}): void {
  const page = renderCalculatorPage(options);
  const headers = (contentType: string) => ({
    "Content-Type": contentType,
    "Content-Security-Policy": calculatorContentSecurityPolicy,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    // Revalidated on every load: the script is rebuilt from the sources a restarted bot runs.
    "Cache-Control": "no-cache",
  });
  app.get(calculatorPath, (c) => c.body(page, 200, headers("text/html; charset=utf-8")));
  app.get(calculatorStylePath, (c) => c.body(calculatorStyle, 200, headers("text/css; charset=utf-8")));
  app.get(calculatorIconPath, (c) => c.body(calculatorIcon, 200, headers("image/svg+xml")));
  app.get(calculatorScriptPath, async (c) =>
    c.body(await calculatorScript(), 200, headers("text/javascript; charset=utf-8")),
  );
}
