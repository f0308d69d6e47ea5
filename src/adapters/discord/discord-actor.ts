import { type Interaction, PermissionFlagsBits } from "discord.js";
import type { Actor } from "../../core/actor.js";
import { isModerator } from "../../core/moderation.js";
import type { SettingsStore } from "../../ports/settings-store.js";

/**
 * Who clicked or typed, with the moderator question answered by the core's one rule from the
 * facts Discord sends with every interaction (the member's resolved permissions and roles).
 */
export async function actorFromInteraction(
  interaction: Interaction,
  settings: SettingsStore,
): Promise<Actor> {
  const communityId = interaction.guildId ?? "direct-messages";
  const member = interaction.member;
  const roleIds = member ? (Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()]) : [];
  const displayName =
    (member && "displayName" in member ? member.displayName : undefined) ??
    interaction.user.globalName ??
    interaction.user.username;
  const communitySettings = await settings.get({ platform: "discord", communityId });
  const actor: Actor = {
    platform: "discord",
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
