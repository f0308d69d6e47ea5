import type { RankedMatch } from "../core/faq/rank-candidates.js";
import type { ScannedFaqCandidate } from "../core/faq/types.js";
import { type PublicEntry, publicEntriesOf } from "./public-entries.js";
import type { WebCommunity } from "./web-community.js";

export type WebSearchOutcome =
  | { kind: "invalid"; message: string }
  | {
      kind: "searched";
      best: RankedMatch<PublicEntry<ScannedFaqCandidate>> | null;
      related: RankedMatch<PublicEntry<ScannedFaqCandidate>>[];
      threshold: number;
    };

/** The same bounds as /ask's `question` option. */
export const MIN_QUERY_LENGTH = 3;
export const MAX_QUERY_LENGTH = 1000;
const RELATED_LIMIT = 4;

/**
 * The web's search is /ask's: the same FaqSearch with the community's marketplace preference, so
 * a question gets the same best entry on the web as in the chat. Results pass the public filter.
 */
export async function searchPublicFaq(community: WebCommunity, rawQuery: string): Promise<WebSearchOutcome> {
  const query = rawQuery.trim();
  if (query.length < MIN_QUERY_LENGTH)
    return { kind: "invalid", message: `Type at least ${MIN_QUERY_LENGTH} characters to search.` };
  if (query.length > MAX_QUERY_LENGTH)
    return { kind: "invalid", message: `A search can be at most ${MAX_QUERY_LENGTH} characters long.` };
  const { best, related } = await community.services.faqSearch.search(
    query,
    RELATED_LIMIT,
    community.settings.marketplace,
  );
  const ranked = [best, ...related].filter(
    (match): match is RankedMatch<ScannedFaqCandidate> => match !== null,
  );
  const shownEntries = new Map(
    (
      await publicEntriesOf(
        community,
        ranked.map((match) => match.entry),
      )
    ).map((entry) => [entry.slug, entry]),
  );
  const shown = ranked.flatMap((match) => {
    const entry = shownEntries.get(match.entry.slug);
    return entry ? [{ ...match, entry }] : [];
  });
  return {
    kind: "searched",
    best: shown[0] ?? null,
    related: shown.slice(1),
    threshold: community.settings.confidenceThreshold,
  };
}
