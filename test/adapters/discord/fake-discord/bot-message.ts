/** A message authored by the bot, as Discord's REST and gateway payloads carry it. */
export function botMessagePayload(options: {
  id: string;
  channelId: string;
  guildId: string;
  botUser: { id: string; username: string };
  type?: number;
  flags?: number;
  content?: unknown;
  embeds?: unknown;
  components?: unknown;
}): Record<string, unknown> {
  return {
    id: options.id,
    channel_id: options.channelId,
    guild_id: options.guildId,
    type: options.type ?? 0,
    author: { ...options.botUser, discriminator: "0", global_name: null, avatar: null, bot: true },
    content: options.content ?? "",
    embeds: options.embeds ?? [],
    components: options.components ?? [],
    flags: options.flags ?? 0,
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
  };
}
