import { COMMUNITY_ID_PATTERN, type CommunityId } from "../core/community.js";
import { type CommunitySettings, isPublicOnWeb } from "../core/community-settings.js";
import type { BotServices, Services } from "../ports/services.js";

/** A community whose FAQ is on the web: what every page of it needs. */
export interface WebCommunity {
  id: CommunityId;
  /** The community's name, else its id (spaces and their ids are never shown). */
  title: string;
  services: Services;
  settings: CommunitySettings;
}

/**
 * The community of a URL when it exists and is public; null otherwise. Callers answer null with
 * 404 whether the community is missing or private, so a page never tells one from the other.
 */
export async function findWebCommunity(services: BotServices, id: string): Promise<WebCommunity | null> {
  if (!COMMUNITY_ID_PATTERN.test(id)) return null;
  const community = await services.communities.describe(id);
  if (!community) return null;
  const scoped = services.forCommunity(community.id);
  const settings = await scoped.settings.get();
  if (!isPublicOnWeb(community.id, settings)) return null;
  return { id: community.id, title: community.name ?? community.id, services: scoped, settings };
}

/** Every public community, for the home page and the sitemap. */
export async function listWebCommunities(services: BotServices): Promise<WebCommunity[]> {
  const found = await Promise.all(
    (await services.communities.listIds()).map((id) => findWebCommunity(services, id)),
  );
  return found.filter((community): community is WebCommunity => community !== null);
}
