import type { CommunityId } from "../core/community.js";
import type { LanguageCode } from "../core/faq/detect-language.js";
import type { RankedMatch } from "../core/faq/rank-candidates.js";
import type { ScannedFaqCandidate } from "../core/faq/types.js";

export interface FaqSearchResult {
  best: RankedMatch<ScannedFaqCandidate> | null;
  /** The next candidates, best first (the runner-up is related[0]). */
  related: RankedMatch<ScannedFaqCandidate>[];
  /** The message's language, and false when the FAQ has no candidate entry in it (best is then null). */
  language: { code: LanguageCode; readable: boolean };
}

/** The one matcher behind /ask, /faq search and the thread replies. */
export interface FaqSearch {
  search(community: CommunityId, text: string, relatedLimit?: number): Promise<FaqSearchResult>;
}
