/**
 * What the platform says about a channel a member names in a command, asked in the actor's own
 * Discord server or Slack workspace: a setting must never point the bot at a channel of another
 * community, whatever id was typed.
 */
export interface SpaceChannels {
  check(channelId: string): Promise<ChannelCheck>;
}

/**
 * `here`: a channel of the actor's space the bot can post in. `elsewhere`: no such channel in this
 * space (another server's or workspace's, or none at all). `cannot-post`: it is this space's, but
 * the bot cannot post there (a forum or voice channel, a channel the bot was never invited to).
 * `unverifiable`: the platform did not answer the question (an outage, a missing scope).
 */
export type ChannelCheck = "here" | "elsewhere" | "cannot-post" | "unverifiable";
