import type { CommunityId } from "../core/community.js";

/**
 * A port with its first argument, the community, fixed. Engines take the community explicitly on
 * every call; commands get scoped views (ctx.services), so a command cannot name another community.
 */
export type CommunityScoped<T> = {
  [K in keyof T]: T[K] extends (community: CommunityId, ...args: infer A) => infer R
    ? (...args: A) => R
    : never;
};
