import type { CommandContext, CommandEntry } from "../command-kit/command.js";
import type { Actor } from "../core/actor.js";
import type { BotServices } from "../ports/services.js";
import type { SpaceChannels } from "../ports/space-channels.js";

/**
 * The context a command runs in: the services of the actor's own community, resolved from the
 * platform facts, never from anything a member typed; `channels` answers for the actor's own space.
 */
export function commandContext(
  runtime: { services: BotServices; commands: readonly CommandEntry[]; now: () => Date },
  actor: Actor,
  channels: SpaceChannels,
): CommandContext {
  return {
    actor,
    services: runtime.services.forCommunity(actor.communityId),
    commands: runtime.commands,
    now: runtime.now(),
    channels,
  };
}
