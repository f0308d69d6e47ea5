import { type Logger as PinoLogger, pino } from "pino";
import type { LogLevel } from "./config.js";
import type { Logger } from "./ports/logger.js";
import { redactSecretShapes, redactSecrets } from "./redact-secrets.js";

/**
 * Logs go to stderr so that stdout stays clean for the console's answers and --json lines.
 *
 * Every logged object is copied through redactSecrets before it is written: a value under a
 * secret-looking key (token, authorization, signingSecret, ...) is blanked at any depth, and token
 * shapes inside strings are blanked too; so are child loggers' bindings and the messages. pino's
 * path-based `redact` reached only the paths it was given (issue 15).
 */
export function createLogger(level: LogLevel, destination: NodeJS.WritableStream = process.stderr): Logger {
  const base = pino(
    {
      level,
      base: { app: "gigdesk" },
      formatters: { log: (object) => redactSecrets(object) as Record<string, unknown> },
      // Errors are already serialised (by pino's own serialiser, then redacted) in the formatter.
      serializers: { err: (value: unknown) => value },
    },
    destination,
  );
  return redacting(base);
}

/** pino applies the `log` formatter to every line, but not to a child's bindings: those are copied here. */
function redacting(logger: PinoLogger): Logger {
  const at =
    (level: "debug" | "info" | "warn" | "error") =>
    (object: object, msg?: string): void => {
      if (msg === undefined) logger[level](object);
      else logger[level](object, redactSecretShapes(msg));
    };
  return {
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    child: (bindings) => redacting(logger.child(redactSecrets(bindings) as Record<string, unknown>)),
  };
}
