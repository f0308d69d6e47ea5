import { type MarketplaceId, marketplaceIds } from "../rules/marketplace-id.js";
import { confidenceOf, type MatchableEntry, type RankedMatch } from "./rank-candidates.js";

/**
 * Which marketplace an FAQ answer is about, and a preference for answers about the marketplace
 * a question is asked for. Pure: the ranking stays where it is (rank-candidates); this only
 * re-orders its results, so it can sit wherever results are used.
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
  const filed = marketplaceIds.filter((marketplace) => tags.includes(marketplaceTags[marketplace]));
  return filed.length === 1 ? (filed[0] ?? null) : null;
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
 * Ranked matches with the preferred marketplace's entries (and general ones) first. Their
 * margins and confidences are worked out again among themselves, the way rankCandidates does,
 * so another marketplace's near-duplicate (Fiverr's Top Rated beside Upwork's) neither wins nor
 * makes the right answer look ambiguous. Entries of other marketplaces follow unchanged; with no
 * preference, or no entry that fits it, the ranking is returned as it was.
 */
export function preferMarketplace<TEntry extends MatchableEntry>(
  ranked: readonly RankedMatch<TEntry>[],
  marketplace: MarketplaceId | null,
): RankedMatch<TEntry>[] {
  if (marketplace === null) return [...ranked];
  const fits = (match: RankedMatch<TEntry>) => {
    const filed = marketplaceOfEntry(match.entry.tags);
    return filed === null || filed === marketplace;
  };
  const preferred = ranked.filter(fits);
  if (preferred.length === 0) return [...ranked];
  const others = ranked.filter((match) => !fits(match));
  const first = preferred[0]?.relevance ?? 0;
  const second = preferred[1]?.relevance ?? 0;
  const rescored = preferred.map((match, index) => {
    const margin = match.relevance - (index === 0 ? second : first);
    return { ...match, margin, confidence: roundedConfidence(match.relevance, margin) };
  });
  return [...rescored, ...others];
}

/** As rankCandidates rounds: three decimals, never a certain 1. */
function roundedConfidence(relevance: number, margin: number): number {
  return Math.min(0.999, Math.round(confidenceOf(relevance, margin) * 1000) / 1000);
}
