import type { Logger as BoltLogger } from "@slack/bolt";
import { LogLevel } from "@slack/bolt";
import type { Logger } from "../../ports/logger.js";

// Slack tokens have well-known prefixes; anything shaped like one is blanked even if we were not told it.
const slackTokenPattern = /\bx(?:ox[abpecr]|app)-[A-Za-z0-9-]+/g;

/** Removes the given secrets and anything shaped like a Slack token from a log line. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let clean = text;
  for (const secret of secrets) {
    if (secret.length >= 6) clean = clean.split(secret).join("[redacted]");
  }
  return clean.replace(slackTokenPattern, "[redacted]");
}

function describe(part: unknown): string {
  if (typeof part === "string") return part;
  if (part instanceof Error) return `${part.name}: ${part.message}`;
  try {
    return JSON.stringify(part);
  } catch {
    return String(part);
  }
}

/**
 * Routes Bolt's and the Web API client's own log lines into our pino logger. Bolt logs free-form
 * strings (request bodies at debug level among them), so each line is scrubbed before it leaves;
 * pino's level decides what is written, so Bolt is told to emit everything.
 */
export function createBoltLogger(logger: Logger, secrets: readonly string[]): BoltLogger {
  const write = (level: "debug" | "info" | "warn" | "error", parts: unknown[]) =>
    logger[level]({ source: "bolt" }, scrubSecrets(parts.map(describe).join(" "), secrets));
  return {
    debug: (...parts: unknown[]) => write("debug", parts),
    info: (...parts: unknown[]) => write("info", parts),
    warn: (...parts: unknown[]) => write("warn", parts),
    error: (...parts: unknown[]) => write("error", parts),
    setLevel: () => {},
    getLevel: () => LogLevel.DEBUG,
    setName: () => {},
  };
}
