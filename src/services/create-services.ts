import type { Platform } from "../core/actor.js";
import type { CommunityId } from "../core/community.js";
import { memberLimitFor } from "../core/member-limits.js";
import type { StarterPackEntry } from "../ports/faq-transfer-store.js";
import type { Logger } from "../ports/logger.js";
import type { BotServices, CommunityFaq, Services } from "../ports/services.js";
import type { Stores } from "../ports/stores.js";
import { createCommunityDirectory } from "./community-directory.js";
import { communityLinksFor } from "./community-links.js";
import { FaqSearch } from "./faq-search.js";
import { scopeToCommunity } from "./scope-to-community.js";
import { ThreadReplies, type ThreadRepliesOptions } from "./thread-replies.js";
import { webEntryLinks } from "./web-links.js";

export interface BotServicesOptions extends ThreadRepliesOptions {
  /** The starter pack a new community gets (src/content/starter-pack.json, read once at start). */
  starterPack?: readonly StarterPackEntry[];
  /** PUBLIC_URL: answers of public communities link to their web page. */
  publicUrl?: string;
}

const SIGHTING_KEPT_MS = 60 * 60 * 1000;

/** Builds the services every adapter shares over one engine's stores. Tests use it too. */
export function createServices(
  stores: Stores,
  logger: Logger,
  options: BotServicesOptions = {},
): BotServices {
  // One search per process, so /ask, /faq search and the thread replies share its profile cache.
  const faqSearch = new FaqSearch(stores.faq.candidates, undefined, stores.faq.demotions);
  const communities = createCommunityDirectory(stores, options.starterPack ?? [], logger);
  const webPageOf = webEntryLinks(stores.settings, stores.faq, options.publicUrl);
  const threadReplies = new ThreadReplies(
    stores.threadReplies,
    faqSearch,
    stores.settings,
    communities,
    stores.faq,
    {
      memberLimits: stores.memberLimits,
      ...options,
      webPageOf,
    },
  );
  const forCommunity = (communityId: CommunityId): Services => ({
    communityId,
    faq: Object.fromEntries(
      Object.entries(stores.faq).map(([name, store]) => [name, scopeToCommunity(store, communityId)]),
    ) as CommunityFaq,
    faqSearch: scopeToCommunity(faqSearch, communityId),
    settings: scopeToCommunity(stores.settings, communityId),
    threadReplies: {
      stats: (limit) => threadReplies.stats(communityId, limit),
      unanswered: (limit) => stores.threadReplies.listUnanswered(communityId, limit),
      findUnanswered: (id) => stores.threadReplies.findUnanswered(communityId, id),
      markTaught: (normalisedText, slug, now) =>
        stores.threadReplies.markTaught(communityId, normalisedText, slug, now),
    },
    community: communityLinksFor(stores.communities, communityId),
    memberLimits: {
      async take(activity, actor, eventKey, now) {
        const limit = memberLimitFor(await stores.settings.get(communityId), activity);
        if (limit.limit <= 0) return { allowance: { kind: "allowed" }, limit };
        const use = {
          community: communityId,
          platform: actor.platform,
          spaceId: actor.spaceId,
          memberId: actor.userId,
          activity,
          eventKey,
        };
        return { allowance: await stores.memberLimits.takeAllowance(use, limit, now), limit };
      },
    },
    memberData: {
      eraseMember: (member, actor, now) => stores.memberData.eraseMember(communityId, member, actor, now),
    },
    webPageOf: (slug) => webPageOf(communityId, slug),
    logger,
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
  });
  const deliveries = {
    // Slack retries for about an hour at most (immediately, after 1 and after 5 minutes); a sighting
    // is kept that long, then forgotten.
    firstSighting: (platform: Platform, deliveryId: string, now: Date, heldForMs = SIGHTING_KEPT_MS) =>
      stores.deliveries.firstSighting(platform, deliveryId, now, new Date(now.getTime() + heldForMs)),
    keepSighting: (platform: Platform, deliveryId: string, now: Date) =>
      stores.deliveries.keepSighting(platform, deliveryId, new Date(now.getTime() + SIGHTING_KEPT_MS)),
  };
  return { communities, threadReplies, deliveries, forCommunity, logger };
}
