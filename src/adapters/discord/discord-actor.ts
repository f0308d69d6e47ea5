import { type Interaction, PermissionFlagsBits } from "discord.js";
import type { Actor } from "../../core/actor.js";
import { isModerator } from "../../core/moderation.js";
import type { BotServices } from "../../ports/services.js";

/**
 * Who clicked or typed, with the moderator question answered by the core's one rule from the
 * facts Discord sends with every interaction (the member's resolved permissions and roles).
 */
export async function actorFromInteraction(
  interaction: Interaction,
  services: BotServices,
  now: Date,
): Promise<Actor> {
  const spaceId = interaction.guildId ?? "direct-messages";
  // The community comes from the server the interaction happened in, never from its options.
  const communityId = await services.communities.communityOf({ platform: "discord", spaceId }, now);
  const member = interaction.member;
  const roleIds = member ? (Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()]) : [];
  const displayName =
    (member && "displayName" in member ? member.displayName : undefined) ??
    interaction.user.globalName ??
    interaction.user.username;
  const communitySettings = await services.forCommunity(communityId).settings.get();
  const actor: Actor = {
    platform: "discord",
    spaceId,
    communityId,
    userId: interaction.user.id,
    displayName,
    isModerator: isModerator(
      {
        platform: "discord",
        userId: interaction.user.id,
        // memberPermissions already folds in channel overwrites and Administrator.
        hasManageMessages: interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages) ?? false,
        roleIds,
      },
      communitySettings,
    ),
  };
  if (interaction.channelId) actor.channelId = interaction.channelId;
  if (interaction.channel?.isThread()) actor.threadId = interaction.channel.id;
  return actor;
}
