import type { CommandEntry } from "../../command-kit/command.js";
import type { Logger } from "../../ports/logger.js";
import type { Services } from "../../ports/services.js";
import type { SlackActorResolver } from "./slack-actor-resolver.js";
import { slackErrorCode } from "./slack-error-code.js";

/** What every Slack listener shares: the services, the clock, who is who, and in-flight tracking. */
export interface SlackRuntime {
  services: Services;
  commands: readonly CommandEntry[];
  now: () => Date;
  logger: Logger;
  actors: SlackActorResolver;
  /**
   * Runs the work that follows an ack. A failure is logged with its Slack error code and goes no
   * further (nothing may crash the process), and stop() waits for whatever is still running.
   */
  track(label: string, work: () => Promise<void>): Promise<void>;
  /** Resolves when every tracked piece of work has finished. */
  settle(): Promise<void>;
}

export function createSlackRuntime(parts: Omit<SlackRuntime, "track" | "settle">): SlackRuntime {
  const inFlight = new Set<Promise<void>>();
  return {
    ...parts,
    track(label, work) {
      const running = work()
        .catch((error: unknown) => {
          parts.logger.error(
            {
              slackError: slackErrorCode(error),
              err: error instanceof Error ? error.message : String(error),
              task: label,
            },
            "slack task failed",
          );
        })
        .finally(() => inFlight.delete(running));
      inFlight.add(running);
      return running;
    },
    async settle() {
      await Promise.allSettled([...inFlight]);
    },
  };
}
