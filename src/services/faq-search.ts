import { type AnalysedText, analyseText } from "../core/faq/analyse-text.js";
import { buildMatchExpression } from "../core/faq/build-match-expression.js";
import {
  type EntryProfile,
  profileEntry,
  type RankedMatch,
  rankCandidates,
} from "../core/faq/rank-candidates.js";
import type { FaqCandidate, FaqStore } from "../ports/faq-store.js";

/** How many full-text candidates are re-ranked: enough for recall, small enough for speed at 100k entries. */
export const CANDIDATE_LIMIT = 30;
/** The most words of a message that are matched (a pasted essay is not a question). */
const MAX_QUERY_WORDS = 80;
/** Profiles of recently seen entries, so a popular entry's text is analysed once, not per query. */
const PROFILE_CACHE_SIZE = 2_000;

export interface FaqSearchResult {
  best: RankedMatch<FaqCandidate> | null;
  /** The next candidates, best first (the runner-up is related[0]). */
  related: RankedMatch<FaqCandidate>[];
}

/**
 * Text -> analysed terms -> safe MATCH expression -> store.findCandidates -> re-rank. The one
 * matcher behind /ask and the thread replies.
 */
export class FaqSearch {
  private readonly profiles = new Map<string, EntryProfile>();

  constructor(private readonly store: Pick<FaqStore, "findCandidates">) {}

  search(text: string, relatedLimit = 2): FaqSearchResult {
    const query = analyseText(text, MAX_QUERY_WORDS);
    const ranked = this.rank(query);
    return { best: ranked[0] ?? null, related: ranked.slice(1, 1 + relatedLimit) };
  }

  rank(query: AnalysedText): RankedMatch<FaqCandidate>[] {
    const expression = buildMatchExpression(query.searchWords);
    if (expression === "") return [];
    const candidates = this.store.findCandidates(expression, CANDIDATE_LIMIT);
    if (candidates.length === 0) return [];
    const profiles = candidates.map((candidate) => this.profileOf(candidate));
    return rankCandidates(query, candidates, profiles);
  }

  private profileOf(candidate: FaqCandidate): EntryProfile {
    // updatedAt changes with every edit, so an edited entry is analysed afresh.
    const key = `${candidate.slug}\u0000${candidate.updatedAt}`;
    const cached = this.profiles.get(key);
    if (cached) {
      // Re-insert to keep the Map's order least-recently-used first.
      this.profiles.delete(key);
      this.profiles.set(key, cached);
      return cached;
    }
    const profile = profileEntry(candidate);
    this.profiles.set(key, profile);
    if (this.profiles.size > PROFILE_CACHE_SIZE) {
      const oldest = this.profiles.keys().next().value;
      if (oldest !== undefined) this.profiles.delete(oldest);
    }
    return profile;
  }
}

const searchByStore = new WeakMap<object, FaqSearch>();

/**
 * The FaqSearch for a store, made once so that commands (which receive the store through
 * `ctx.services.faq`) share the profile cache with each other.
 */
export function faqSearchFor(store: Pick<FaqStore, "findCandidates">): FaqSearch {
  let search = searchByStore.get(store);
  if (!search) {
    search = new FaqSearch(store);
    searchByStore.set(store, search);
  }
  return search;
}
