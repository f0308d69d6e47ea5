import type { CommandEntry } from "../../command-kit/command.js";
import type { Logger } from "../../ports/logger.js";
import type { BotServices } from "../../ports/services.js";
import { InFlightWork } from "../in-flight-work.js";
import type { SlackActorResolver } from "./slack-actor-resolver.js";
import { slackErrorCode } from "./slack-error-code.js";

/** What every Slack listener shares: the services, the clock, who is who, and in-flight tracking. */
export interface SlackRuntime {
  services: BotServices;
  commands: readonly CommandEntry[];
  now: () => Date;
  logger: Logger;
  actors: SlackActorResolver;
  /**
   * Runs the work that follows an ack. A failure is logged with its Slack error code and goes no
   * further (nothing may crash the process), and stop() waits for whatever is still running.
   */
  track(label: string, work: () => Promise<void>): Promise<void>;
  /** Refuses new work and resolves when every tracked piece of work has finished (at stop). */
  settle(): Promise<void>;
}

export function createSlackRuntime(parts: Omit<SlackRuntime, "track" | "settle">): SlackRuntime {
  const inFlight = new InFlightWork();
  return {
    ...parts,
    track(label, work) {
      return inFlight.run(work, (error) => {
        parts.logger.error(
          {
            slackError: slackErrorCode(error),
            err: error instanceof Error ? error.message : String(error),
            task: label,
          },
          "slack task failed",
        );
      });
    },
    settle: () => inFlight.stop(),
  };
}
