import type { Platform } from "./actor.js";

/** What an adapter knows about a member when it asks whether they may curate the FAQ. */
export interface ModeratorFacts {
  platform: Platform;
  userId: string;
  /** Discord: the member has Manage Messages in the channel (or Administrator). */
  hasManageMessages?: boolean;
  /** Discord: the member's role ids. */
  roleIds?: readonly string[];
  /** Slack: users.info says is_admin or is_owner. */
  isWorkspaceAdmin?: boolean;
  /** Console: started with --moderator. */
  consoleModerator?: boolean;
}

export interface ModeratorSettings {
  moderatorRoleIds: readonly string[];
  moderatorUserIds: readonly string[];
}

/**
 * The one rule for who may change the FAQ and the settings. Adapters gather the facts; they
 * never decide on their own (Discord's default_member_permissions is only a client-side hint).
 */
export function isModerator(facts: ModeratorFacts, settings: ModeratorSettings): boolean {
  if (settings.moderatorUserIds.includes(facts.userId)) return true;
  switch (facts.platform) {
    case "discord":
      return (
        facts.hasManageMessages === true ||
        (facts.roleIds ?? []).some((roleId) => settings.moderatorRoleIds.includes(roleId))
      );
    case "slack":
      return facts.isWorkspaceAdmin === true;
    case "console":
      return facts.consoleModerator === true;
  }
}
