import type { Services } from "../../src/ports/services.js";

/** An entry the security tests archive first, so that a refused "restore" can be seen to change nothing. */
export const archivedSlug = "service-fee-history";

/** Everything a curation path could change in the published FAQ, read through the ports. */
export async function publishedFaqState(services: Services) {
  return {
    published: await services.faq.transfer.exportEntries(),
    versions: await Promise.all(
      (await services.faq.entries.allSlugs()).map(async (slug) => [
        slug,
        (await services.faq.entries.getBySlug(slug))?.version,
      ]),
    ),
    archived: (await services.faq.entries.getBySlug(archivedSlug))?.status ?? null,
    total: await services.faq.entries.countAll(),
  };
}

/** The published FAQ plus the suggestion queue's decisions (a member may add suggestions, never decide them). */
export async function curationState(services: Services) {
  return {
    ...(await publishedFaqState(services)),
    decided: (await services.faq.suggestions.listQueue(500)).map((suggestion) => [
      suggestion.id,
      suggestion.status,
      suggestion.createdEntrySlug,
    ]),
  };
}

export const securityModerator = {
  platform: "console" as const,
  spaceId: "security",
  userId: "setup-mod",
};
