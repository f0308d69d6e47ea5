import type { FakeDiscordServer } from "./fake-discord-server.js";
import type { FakeGuild } from "./fake-guild.js";

/** A member as the fake presents them in interactions and messages. */
export interface FakeMember {
  id: string;
  username: string;
  /** Permission bits as Discord sends them (a decimal string). */
  permissions: string;
  roleIds: string[];
}

const memberBits = 68_672n; // View Channel, Send Messages, Read Message History
const manageMessagesBit = 8_192n;

export const fakeMembers = {
  asker: {
    id: "100000000000000201",
    username: "asker",
    permissions: memberBits.toString(),
    roleIds: [],
  },
  bystander: {
    id: "100000000000000204",
    username: "bystander",
    permissions: memberBits.toString(),
    roleIds: [],
  },
  /** Has Manage Messages in the channel. */
  moderator: {
    id: "100000000000000202",
    username: "moderator",
    permissions: (memberBits | manageMessagesBit).toString(),
    roleIds: [],
  },
  /** No Manage Messages, but carries the role a community can configure as moderators. */
  roleHolder: {
    id: "100000000000000203",
    username: "helper",
    permissions: memberBits.toString(),
    roleIds: ["100000000000000050"],
  },
} satisfies Record<string, FakeMember>;

export interface RawOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: RawOption[];
}

export function userPayload(member: FakeMember) {
  return { id: member.id, username: member.username, discriminator: "0", global_name: null, avatar: null };
}

function memberPayload(member: FakeMember) {
  return {
    user: userPayload(member),
    roles: member.roleIds,
    permissions: member.permissions,
    joined_at: "2024-01-01T00:00:00.000Z",
    deaf: false,
    mute: false,
    flags: 0,
    nick: null,
    avatar: null,
    pending: false,
    premium_since: null,
    communication_disabled_until: null,
  };
}

interface InteractionBase {
  member: FakeMember;
  channelId?: string;
  /** The server the interaction happens in (default: the fake's main guild). */
  guild?: FakeGuild;
}

function interactionEnvelope(fake: FakeDiscordServer, base: InteractionBase, type: number, data: unknown) {
  const id = fake.nextId();
  const guild = base.guild ?? fake.options.guild;
  return {
    id,
    application_id: fake.options.applicationId,
    type,
    token: `token-${id}`,
    version: 1,
    guild_id: guild.id,
    channel_id: base.channelId ?? guild.textChannelId,
    member: memberPayload(base.member),
    app_permissions: "2251799813685247",
    locale: "en-US",
    guild_locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": guild.id },
    context: 0,
    attachment_size_limit: 8_388_608,
    data,
  };
}

export type InteractionPayload = ReturnType<typeof interactionEnvelope>;

/** A slash command; `subcommand` wraps the options the way Discord nests them. */
export function chatInputInteraction(
  fake: FakeDiscordServer,
  base: InteractionBase & { command: string; subcommand?: string; options?: RawOption[] },
) {
  const options = base.options ?? [];
  const data = {
    id: fake.nextId(),
    name: base.command,
    type: 1,
    guild_id: (base.guild ?? fake.options.guild).id,
    options: base.subcommand ? [{ name: base.subcommand, type: 1, options }] : options,
  };
  return interactionEnvelope(fake, base, 2, data);
}

export function autocompleteInteraction(
  fake: FakeDiscordServer,
  base: InteractionBase & { command: string; subcommand?: string; options: RawOption[] },
) {
  const payload = chatInputInteraction(fake, base);
  return { ...payload, type: 4 };
}

export function modalSubmitInteraction(
  fake: FakeDiscordServer,
  base: InteractionBase & { customId: string; values: Record<string, string> },
) {
  const data = {
    custom_id: base.customId,
    components: Object.entries(base.values).map(([customId, value]) => ({
      type: 1,
      components: [{ type: 4, custom_id: customId, value }],
    })),
  };
  return interactionEnvelope(fake, base, 5, data);
}

export function buttonInteraction(
  fake: FakeDiscordServer,
  base: InteractionBase & { customId: string; message: Record<string, unknown> },
) {
  const payload = interactionEnvelope(fake, base, 3, { custom_id: base.customId, component_type: 2 });
  return { ...payload, message: base.message };
}

export function messageContextMenuInteraction(
  fake: FakeDiscordServer,
  base: InteractionBase & { commandName: string; target: Record<string, unknown> },
) {
  const data = {
    id: fake.nextId(),
    name: base.commandName,
    type: 3,
    guild_id: (base.guild ?? fake.options.guild).id,
    target_id: String(base.target.id),
    resolved: { messages: { [String(base.target.id)]: base.target } },
  };
  return interactionEnvelope(fake, base, 2, data);
}

/** A member's message as MESSAGE_CREATE carries it. */
export function memberMessage(
  fake: FakeDiscordServer,
  options: {
    author: FakeMember;
    channelId: string;
    content: string;
    id?: string;
    mentionsBot?: boolean;
    guild?: FakeGuild;
  },
) {
  const botUser = fake.options.botUser;
  return {
    id: options.id ?? fake.nextId(),
    channel_id: options.channelId,
    guild_id: (options.guild ?? fake.guildOfChannel(options.channelId)).id,
    type: 0,
    author: userPayload(options.author),
    member: { ...memberPayload(options.author), user: undefined },
    content: options.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: options.mentionsBot
      ? [
          {
            id: botUser.id,
            username: botUser.username,
            discriminator: "0",
            global_name: null,
            avatar: null,
            bot: true,
          },
        ]
      : [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    flags: 0,
  };
}

/** THREAD_CREATE for a new forum post (its opening message will carry the thread's own id). */
export function newForumThread(
  fake: FakeDiscordServer,
  options: { title: string; owner: FakeMember; guild?: FakeGuild },
) {
  const now = new Date().toISOString();
  const guild = options.guild ?? fake.options.guild;
  return {
    id: fake.nextId(),
    type: 11,
    guild_id: guild.id,
    parent_id: guild.forumChannelId,
    owner_id: options.owner.id,
    name: options.title,
    message_count: 0,
    total_message_sent: 0,
    member_count: 1,
    newly_created: true,
    thread_metadata: {
      archived: false,
      auto_archive_duration: 1440,
      archive_timestamp: now,
      locked: false,
      create_timestamp: now,
    },
    applied_tags: [],
    flags: 0,
  };
}
