import type { Client } from "discord.js";
import type { SpaceChannels } from "../../ports/space-channels.js";

/**
 * Channels of one Discord server, from discord.js's cache of that server (it holds every channel
 * of a server the bot is in). A channel id of another server is not found here, even though the
 * same client could post into it: that is what must not happen.
 */
export function discordSpaceChannels(client: Client, guildId: string): SpaceChannels {
  return {
    async check(channelId) {
      const channel = client.guilds.cache.get(guildId)?.channels.cache.get(channelId);
      if (!channel) return "elsewhere";
      return channel.isSendable() ? "here" : "cannot-post";
    },
  };
}
