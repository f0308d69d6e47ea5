import type { Services } from "../../src/ports/services.js";

/** An entry the security tests archive first, so that a refused "restore" can be seen to change nothing. */
export const archivedSlug = "service-fee-history";

/** Everything a curation path could change in the published FAQ, read through the ports. */
export function publishedFaqState(services: Services) {
  return {
    published: services.faq.exportEntries(),
    versions: services.faq.allSlugs().map((slug) => [slug, services.faq.getBySlug(slug)?.version]),
    archived: services.faq.getBySlug(archivedSlug)?.status ?? null,
    total: services.faq.countAll(),
  };
}

/** The published FAQ plus the suggestion queue's decisions (a member may add suggestions, never decide them). */
export function curationState(services: Services) {
  return {
    ...publishedFaqState(services),
    decided: services.faq
      .listQueue(500)
      .map((suggestion) => [suggestion.id, suggestion.status, suggestion.createdEntrySlug]),
  };
}

export const securityModerator = {
  platform: "console" as const,
  communityId: "security",
  userId: "setup-mod",
};
