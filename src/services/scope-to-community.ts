import type { CommunityId } from "../core/community.js";
import type { CommunityScoped } from "../ports/community-scoped.js";

/** Binds every method of `port` to `community` (the ports hold methods only). */
export function scopeToCommunity<T extends object>(port: T, community: CommunityId): CommunityScoped<T> {
  const scoped: Record<string, unknown> = {};
  for (const key of methodNames(port)) {
    const method = (port as Record<string, unknown>)[key];
    if (typeof method === "function") {
      scoped[key] = (...args: unknown[]) =>
        (method as (...all: unknown[]) => unknown).call(port, community, ...args);
    }
  }
  return scoped as CommunityScoped<T>;
}

/** Own and prototype method names, so that class-based ports (FaqSearch) bind as well as object literals. */
function methodNames(port: object): string[] {
  const names = new Set<string>(Object.keys(port));
  for (
    let proto = Object.getPrototypeOf(port);
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    for (const name of Object.getOwnPropertyNames(proto)) if (name !== "constructor") names.add(name);
  }
  return [...names];
}
