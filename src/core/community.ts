import type { Platform } from "./actor.js";

/**
 * A community owns an FAQ, its suggestion queue, settings, audit log and thread answers. A space
 * is where people talk: a Discord server, a Slack workspace, or the console. Each space belongs to
 * exactly one community; by default its own, and a moderator can link a server and a workspace
 * into one community (the usual case for a freelancer group on both).
 */
export type CommunityId = string;

export interface Space {
  platform: Platform;
  /** Discord guild id, Slack team id, or the console's community id. */
  spaceId: string;
}

export interface Community {
  id: CommunityId;
  name: string | null;
  createdAt: string;
  spaces: Space[];
}

/** Names people type (`--community a`, `move-community --to console`): short, no spaces. */
export const COMMUNITY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;

/** The console's community when `--community` is not given. */
export const CONSOLE_COMMUNITY: CommunityId = "console";

/** The community a space gets the first time the bot sees it: `discord-<guild>`, `slack-<team>`. */
export function defaultCommunityId(space: Space): CommunityId {
  return space.platform === "console" ? space.spaceId : `${space.platform}-${space.spaceId}`;
}

export function describeSpace(space: Space): string {
  const kind = { discord: "Discord server", slack: "Slack workspace", console: "console" }[space.platform];
  return space.platform === "console" ? `the console (${space.spaceId})` : `${kind} ${space.spaceId}`;
}

/** Link codes are short enough to type on a phone and expire quickly: 15 minutes. */
export const LINK_CODE_LIFETIME_MS = 15 * 60_000;
