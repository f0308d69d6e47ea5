import { pino } from "pino";
import type { LogLevel } from "./config.js";
import type { Logger } from "./ports/logger.js";

/**
 * Paths pino blanks before a line is written, so a token that slips into a logged object (a
 * client's options, a request's headers) never reaches the log.
 */
export const redactedPaths = [
  "token",
  "*.token",
  "botToken",
  "*.botToken",
  "appToken",
  "*.appToken",
  "signingSecret",
  "*.signingSecret",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
  "config.headers.Authorization",
  "*.config.headers.Authorization",
];

/** Logs go to stderr so that stdout stays clean for the console's answers and --json lines. */
export function createLogger(level: LogLevel, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino(
    {
      level,
      base: { app: "gigdesk" },
      redact: { paths: redactedPaths, censor: "[redacted]" },
    },
    destination,
  );
}
