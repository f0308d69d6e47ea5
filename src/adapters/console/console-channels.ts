import type { SpaceChannels } from "../../ports/space-channels.js";

/**
 * The console is one space with no other server or workspace beside it, so any channel name
 * typed there is the console's own.
 */
export const consoleChannels: SpaceChannels = {
  check: async () => "here",
};
