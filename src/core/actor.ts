export type Platform = "console" | "discord" | "slack";

/** Who is running a command, as the adapter established it. */
export interface Actor {
  platform: Platform;
  /** Where the command came from: the Discord guild id, Slack team id, or the console's community. */
  spaceId: string;
  /**
   * The community that space belongs to, resolved by the adapter through the community directory;
   * everything a command reads or writes is this community's, never one named in user input.
   */
  communityId: string;
  userId: string;
  displayName: string;
  /**
   * Decided by the adapter from platform facts through `isModerator` in
   * src/core/moderation.ts (Manage Messages or a configured role on Discord,
   * workspace admin or configured user id on Slack, --moderator on the console).
   */
  isModerator: boolean;
  channelId?: string;
  threadId?: string;
}
