import type { CommunityId } from "../core/community.js";
import { isPublicOnWeb } from "../core/community-settings.js";
import { absoluteUrl, entryPath } from "../core/web-paths.js";
import type { SettingsStore } from "../ports/settings-store.js";

/**
 * The public page of an entry, for "Read on the web": only when PUBLIC_URL is set (a bot answer
 * needs an absolute link) and the community's pages are public.
 */
export function webEntryLinks(
  settings: Pick<SettingsStore, "get">,
  publicUrl: string | undefined,
): (community: CommunityId, slug: string) => Promise<string | null> {
  return async (community, slug) => {
    if (publicUrl === undefined) return null;
    if (!isPublicOnWeb(community, await settings.get(community))) return null;
    return absoluteUrl(publicUrl, entryPath(community, slug));
  };
}
