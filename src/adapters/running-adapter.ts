import type { CommandEntry } from "../command-kit/command.js";
import type { BotServices } from "../ports/services.js";

/** What main.ts keeps for each started adapter so that shutdown can stop them in order. */
export interface RunningAdapter {
  name: string;
  /** Stops taking new work, lets in-flight replies finish, then disconnects. */
  stop(): Promise<void>;
}

/** What every adapter gets from main.ts. Credentials come from the adapter's own options. */
export interface AdapterContext {
  services: BotServices;
  /** The one command list (commands/index.ts) every adapter registers. */
  commands: readonly CommandEntry[];
  /** ALLOWED_COMMUNITIES: the Discord server and Slack workspace ids served; undefined = all. */
  allowedSpaces?: readonly string[];
  /** The clock; tests pass a fixed one. */
  now: () => Date;
}
