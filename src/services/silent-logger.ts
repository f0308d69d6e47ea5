import type { Logger } from "../ports/logger.js";

/** A logger that drops everything: for the eval and benchmarks, whose output is their report. */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  child: () => silentLogger,
};
