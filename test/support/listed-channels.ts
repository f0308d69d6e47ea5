import type { SpaceChannels } from "../../src/ports/space-channels.js";

/** A space whose channels are exactly these ids, all open to the bot (for tests below the adapters). */
export function listedChannels(...ids: string[]): SpaceChannels {
  const here = new Set(ids);
  return { check: async (channelId) => (here.has(channelId) ? "here" : "elsewhere") };
}
