/** The one guild the fake serves: a text channel, a forum with a post, a moderators' channel. */
export interface FakeGuild {
  id: string;
  name: string;
  textChannelId: string;
  forumChannelId: string;
  forumThreadId: string;
  textThreadId: string;
  moderatorsChannelId: string;
  moderatorRoleId: string;
}

/**
 * The fake's guilds: number 0 is the one every test uses; a test about two communities adds
 * number 1 ("a second server"), whose ids share no digits' block with the first.
 */
export function fakeGuild(number = 0): FakeGuild {
  const base = 100_000_000_000_000_000n + BigInt(number) * 1_000n;
  const id = (offset: number) => (base + BigInt(offset)).toString();
  return {
    id: id(1),
    name: number === 0 ? "Freelancers Lounge" : `Freelancers Lounge ${number + 1}`,
    textChannelId: id(10),
    forumChannelId: id(20),
    forumThreadId: id(21),
    textThreadId: id(31),
    moderatorsChannelId: id(40),
    moderatorRoleId: id(50),
  };
}

const everyonePermissions = "68672"; // View Channel, Send Messages, Read Message History

/** GUILD_CREATE with channels and threads, so discord.js caches them (messages elsewhere are dropped). */
export function guildCreatePayload(guild: FakeGuild, botUser: { id: string; username: string }): unknown {
  const now = new Date().toISOString();
  const threadMetadata = {
    archived: false,
    auto_archive_duration: 1440,
    archive_timestamp: now,
    locked: false,
    create_timestamp: now,
  };
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    owner_id: "100000000000000099",
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: "en-US",
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    features: [],
    large: false,
    unavailable: false,
    member_count: 3,
    joined_at: now,
    emojis: [],
    stickers: [],
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    roles: [
      {
        id: guild.id,
        name: "@everyone",
        permissions: everyonePermissions,
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
      {
        id: guild.moderatorRoleId,
        name: "Helpers",
        permissions: everyonePermissions,
        position: 1,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    members: [
      {
        user: { ...botUser, discriminator: "0", global_name: null, avatar: null, bot: true },
        roles: [],
        joined_at: now,
        deaf: false,
        mute: false,
        flags: 0,
      },
    ],
    channels: [
      textChannel(guild.textChannelId, guild.id, "general", 0),
      textChannel(guild.moderatorsChannelId, guild.id, "moderators", 2),
      {
        id: guild.forumChannelId,
        type: 15,
        guild_id: guild.id,
        name: "ask-the-community",
        position: 1,
        permission_overwrites: [],
        available_tags: [],
        default_reaction_emoji: null,
        default_sort_order: null,
        default_forum_layout: 0,
        flags: 0,
        topic: null,
        nsfw: false,
        rate_limit_per_user: 0,
      },
    ],
    threads: [
      {
        id: guild.forumThreadId,
        type: 11,
        guild_id: guild.id,
        parent_id: guild.forumChannelId,
        owner_id: "100000000000000201",
        name: "How do I get Top Rated?",
        message_count: 0,
        member_count: 1,
        total_message_sent: 0,
        thread_metadata: threadMetadata,
        applied_tags: [],
        flags: 0,
      },
      {
        id: guild.textThreadId,
        type: 11,
        guild_id: guild.id,
        parent_id: guild.textChannelId,
        owner_id: "100000000000000201",
        name: "connects question",
        message_count: 3,
        member_count: 2,
        total_message_sent: 3,
        thread_metadata: threadMetadata,
        flags: 0,
      },
    ],
  };
}

function textChannel(id: string, guildId: string, name: string, position: number) {
  return {
    id,
    type: 0,
    guild_id: guildId,
    name,
    position,
    permission_overwrites: [],
    topic: null,
    nsfw: false,
    rate_limit_per_user: 0,
    last_message_id: null,
  };
}
