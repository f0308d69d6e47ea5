import { randomBytes } from "node:crypto";
import type { Logger } from "../../ports/logger.js";

/**
 * A loggable summary of a failure. discord.js errors carry the request URL, and interaction and
 * webhook URLs embed the interaction token, so URLs are redacted and request bodies left out.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const details: Record<string, unknown> = { name: error.name, message: redactTokens(error.message) };
  const extra = error as Error & { status?: unknown; code?: unknown; method?: unknown; url?: unknown };
  if (extra.status !== undefined) details.status = extra.status;
  if (extra.code !== undefined) details.code = extra.code;
  if (typeof extra.method === "string") details.method = extra.method;
  if (typeof extra.url === "string") details.url = redactTokens(extra.url);
  if (error.stack) details.stack = redactTokens(error.stack);
  return details;
}

export function redactTokens(text: string): string {
  return text
    .replace(/(\/interactions\/\d+\/)[^/\s?]+/g, "$1:token")
    .replace(/(\/webhooks\/\d+\/)[^/\s?]+/g, "$1:token");
}

/** Logs a failure with a short reference a member can quote to a moderator. */
export function logFailure(
  logger: Logger,
  error: unknown,
  context: Record<string, unknown>,
  msg: string,
  level: "warn" | "error" = "error",
): string {
  const reference = randomBytes(3).toString("hex").toUpperCase();
  logger[level]({ ...context, reference, err: describeError(error) }, msg);
  return reference;
}
