import { randomBytes } from "node:crypto";
import type { CommandEntry } from "../../command-kit/command.js";
import { storageBusyProblem } from "../../command-kit/run-command.js";
import type { Reply } from "../../core/reply.js";
import type { Logger } from "../../ports/logger.js";
import type { BotServices } from "../../ports/services.js";
import { isStorageBusy } from "../../ports/storage-busy.js";
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
   * further (nothing may crash the process), and stop() waits for whatever is still running. When
   * the database stayed busy (StorageBusyError) and `tell` is given, the member hears it privately.
   */
  track(label: string, work: () => Promise<void>, tell?: (reply: Reply) => Promise<unknown>): Promise<void>;
  /** Refuses new work and resolves when every tracked piece of work has finished (at stop). */
  settle(): Promise<void>;
}

export function createSlackRuntime(parts: Omit<SlackRuntime, "track" | "settle">): SlackRuntime {
  const inFlight = new InFlightWork();
  return {
    ...parts,
    track(label, work, tell) {
      return inFlight.run(work, async (error) => {
        const busy = isStorageBusy(error);
        const reference = randomBytes(3).toString("hex").toUpperCase();
        parts.logger[busy ? "warn" : "error"](
          {
            slackError: slackErrorCode(error),
            err: error instanceof Error ? error.message : String(error),
            task: label,
            reference,
          },
          busy ? "slack task refused: the database is busy" : "slack task failed",
        );
        if (!busy || !tell) return;
        await tell(storageBusyProblem(reference)).catch((tellError: unknown) =>
          parts.logger.warn(
            { slackError: slackErrorCode(tellError), task: label },
            "could not tell the member",
          ),
        );
      });
    },
    settle: () => inFlight.stop(),
  };
}
