import type { CommunityId } from "../core/community.js";
import { isPublicOnWeb } from "../core/community-settings.js";
import { webPublication } from "../core/faq/web-consent.js";
import { absoluteUrl, entryPath } from "../core/web-paths.js";
import type { SettingsStore } from "../ports/settings-store.js";
import type { FaqStores } from "../ports/stores.js";

/**
 * The public page of an entry, for "Read on the web": only when PUBLIC_URL is set (a bot answer
 * needs an absolute link), the community's pages are public, and the entry itself may be on the
 * web (a captured answer without its author's consent has no page to link to).
 */
export function webEntryLinks(
  settings: Pick<SettingsStore, "get">,
  faq: {
    entries: Pick<FaqStores["entries"], "getBySlug">;
    webConsent: Pick<FaqStores["webConsent"], "capturedOrigins">;
  },
  publicUrl: string | undefined,
): (community: CommunityId, slug: string) => Promise<string | null> {
  return async (community, slug) => {
    if (publicUrl === undefined) return null;
    if (!isPublicOnWeb(community, await settings.get(community))) return null;
    const [origin] = await faq.webConsent.capturedOrigins(community, [slug]);
    if (origin) {
      const entry = await faq.entries.getBySlug(community, slug);
      if (!entry || !webPublication(origin, entry.answer).shown) return null;
    }
    return absoluteUrl(publicUrl, entryPath(community, slug));
  };
}
