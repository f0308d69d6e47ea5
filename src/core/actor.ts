export type Platform = "console" | "discord" | "slack";

/** Who is running a command, as the adapter established it. */
export interface Actor {
  platform: Platform;
  /** Discord guild id, Slack team id, or "console". */
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
