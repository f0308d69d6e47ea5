import type { CommunityId } from "../core/community.js";
import type { LanguageCode } from "../core/faq/detect-language.js";
import type { RankedMatch } from "../core/faq/rank-candidates.js";
import type { ScannedFaqCandidate } from "../core/faq/types.js";
import type { MarketplaceId } from "../core/rules/marketplace-id.js";

export interface FaqSearchResult {
  best: RankedMatch<ScannedFaqCandidate> | null;
  /** The next candidates, best first (the runner-up is related[0]). */
  related: RankedMatch<ScannedFaqCandidate>[];
  /** The message's language, and false when the FAQ has no candidate entry in it (best is then null). */
  language: { code: LanguageCode; readable: boolean };
}

/** The one matcher behind /ask, /faq search and the thread replies. */
export interface FaqSearch {
  /**
   * The best entry for a message and the next `relatedLimit`. With a marketplace (the
   * community's), entries about the marketplace the message names, else the community's, are
   * preferred over other marketplaces' entries.
   */
  search(
    community: CommunityId,
    text: string,
    relatedLimit?: number,
    marketplace?: MarketplaceId,
  ): Promise<FaqSearchResult>;
}
