import type { Platform } from "../command-kit/actor.js";

/** Per-community settings, changed by moderators with /settings. */
export interface CommunitySettings {
  /**
   * Channels where opening posts get auto-answers. "forums" (the default) means every forum
   * channel on Discord; Slack has no forums, so there it means none until channels are listed.
   */
  autoAnswerChannels: "forums" | string[];
  /** Minimum calibrated confidence (0-1) for a thread reply. */
  confidenceThreshold: number;
  /** Seconds after an auto-answer during which the same channel gets no other. */
  channelCooldownSeconds: number;
  /** When on, replies go to `shadowChannelId` (moderators) instead of the thread. */
  shadowMode: boolean;
  shadowChannelId: string | null;
  /** Discord role ids whose members count as moderators. */
  moderatorRoleIds: string[];
  /** User ids that count as moderators (Slack, or Discord users without the role). */
  moderatorUserIds: string[];
}

export interface CommunityKey {
  platform: Platform;
  communityId: string;
}

export interface SettingsStore {
  get(key: CommunityKey): CommunitySettings;
  /** Writes the change and an audit row in one transaction; returns the new settings. */
  update(key: CommunityKey, patch: Partial<CommunitySettings>, actorId: string): CommunitySettings;
}
