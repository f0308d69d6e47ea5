import { type MarketplaceId, marketplaceIds } from "../rules/marketplace-id.js";

/**
 * Which marketplace an FAQ answer is about, and a preference for answers about the marketplace
 * a question is asked for. Pure: FaqSearch ranks the fitting candidates first, with the learned
 * model, and the others after them.
 */

/**
 * The tag that files an entry under a marketplace. Freelancer.com's is `freelancer-com` because
 * a plain `freelancer` tag would read as the everyday word.
 */
export const marketplaceTags: Record<MarketplaceId, string> = {
  upwork: "upwork",
  fiverr: "fiverr",
  malt: "malt",
  freelancer: "freelancer-com",
  peopleperhour: "peopleperhour",
  toptal: "toptal",
  guru: "guru",
  contra: "contra",
};

/**
 * How questions name each marketplace. Words that are also everyday words need more than the
 * word: Guru only as guru.com (an "SEO guru" is not the marketplace), Freelancer.com only with
 * its ".com".
 */
const namePatterns: Record<MarketplaceId, RegExp> = {
  upwork: /\bup\s?work\b/i,
  fiverr: /\bfiverr\b/i,
  // Members name Malt's badge more often than Malt itself.
  malt: /\bmalt\b|\bsuper\s?malter\b/i,
  freelancer: /\bfreelancer\s?(?:\.|dot\s)\s?com\b/i,
  peopleperhour: /\bpeople\s?per\s?hour\b|\bpph\b/i,
  toptal: /\btop\s?tal\b/i,
  guru: /\bguru\s?\.\s?com\b/i,
  contra: /\bcontra\b/i,
};

/** The marketplaces a question names, in marketplaceIds order. */
export function marketplacesNamedIn(text: string): MarketplaceId[] {
  return marketplaceIds.filter((marketplace) => namePatterns[marketplace].test(text));
}

/** The marketplace an entry is filed under by its tags; null for a general entry (or one filed under several). */
export function marketplaceOfEntry(tags: readonly string[]): MarketplaceId | null {
  // A loop rather than filter(): this runs for every scanned candidate of every match.
  let filed: MarketplaceId | null = null;
  for (const marketplace of marketplaceIds) {
    if (!tags.includes(marketplaceTags[marketplace])) continue;
    if (filed !== null) return null;
    filed = marketplace;
  }
  return filed;
}

/**
 * The marketplace to prefer for a question: the one it names; the community's when it names
 * none; none when it names several, since a question comparing marketplaces is not about one of
 * them (dropping the others' entries would only make an unrelated answer look sure).
 */
export function preferredMarketplace(question: string, community: MarketplaceId): MarketplaceId | null {
  const named = marketplacesNamedIn(question);
  if (named.length === 0) return community;
  return named.length === 1 ? (named[0] ?? null) : null;
}

/**
 * The candidates split by a marketplace preference: those filed under the preferred marketplace
 * or under none (general entries) are ranked first, among themselves, so that another
 * marketplace's near-duplicate (Fiverr's Top Rated beside Upwork's) neither wins nor makes the
 * right answer look ambiguous; the others follow. Null when the preference changes nothing: no
 * preference, or every candidate fits, or none does.
 */
export function splitByMarketplace<TEntry extends { tags: readonly string[] }>(
  candidates: readonly TEntry[],
  marketplace: MarketplaceId | null,
): { fitting: TEntry[]; others: TEntry[] } | null {
  if (marketplace === null) return null;
  const fitting: TEntry[] = [];
  const others: TEntry[] = [];
  for (const candidate of candidates) {
    const filed = marketplaceOfEntry(candidate.tags);
    (filed === null || filed === marketplace ? fitting : others).push(candidate);
  }
  return fitting.length === 0 || others.length === 0 ? null : { fitting, others };
}
