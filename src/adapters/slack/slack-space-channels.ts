import type { webApi } from "@slack/bolt";
import type { Logger } from "../../ports/logger.js";
import type { SpaceChannels } from "../../ports/space-channels.js";
import { slackErrorCode } from "./slack-error-code.js";

/**
 * Channels of one Slack workspace, asked of Slack with conversations.info (scopes channels:read
 * and groups:read). The channel counts only when Slack places it in this workspace and it is not
 * shared with another organisation, whose members would then read the would-be answers.
 */
export function slackSpaceChannels(client: webApi.WebClient, teamId: string, logger: Logger): SpaceChannels {
  return {
    async check(channelId) {
      // Slack channel ids are C…/G…; anything else cannot name a channel, so Slack is not asked.
      if (!/^[CG][A-Z0-9]{2,}$/.test(channelId)) return "elsewhere";
      let channel: webApi.ConversationsInfoResponse["channel"];
      try {
        channel = (await client.conversations.info({ channel: channelId })).channel;
      } catch (error) {
        const code = slackErrorCode(error);
        if (code === "channel_not_found") return "elsewhere";
        logger.warn({ slackError: code, channelId }, "could not check a channel named in a command");
        return "unverifiable";
      }
      if (!channel || (channel.context_team_id !== undefined && channel.context_team_id !== teamId)) {
        return "elsewhere";
      }
      if (channel.is_ext_shared || channel.is_pending_ext_shared) return "elsewhere";
      // chat:write posts only where the bot was invited (the manifest asks for no chat:write.public).
      return channel.is_member === false || channel.is_archived ? "cannot-post" : "here";
    },
  };
}
