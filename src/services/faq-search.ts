import { type AnalysedText, analyseText } from "../core/faq/analyse-text.js";
import { buildMatchExpression } from "../core/faq/build-match-expression.js";
import { detectLanguage, ENGLISH, type LanguageCode } from "../core/faq/detect-language.js";
import { gateByLanguage } from "../core/faq/language-gate.js";
import { LEARNED_MATCH_MODEL } from "../core/faq/learned-match-model.js";
import type { MatchModel } from "../core/faq/match-model.js";
import { normalisePlainText } from "../core/faq/normalise-text.js";
import { conceptProbes, knownConcepts, strictExpression } from "../core/faq/plan-first-cut.js";
import {
  type EntryProfile,
  profileEntry,
  type RankedMatch,
  type ScoredCandidates,
  scoreCandidates,
} from "../core/faq/rank-candidates.js";
import type { FaqCandidateScan, ScannedFaqCandidate } from "../ports/faq-candidate-scan.js";
import type { FaqStore } from "../ports/faq-store.js";

/** Entries matching every concept of the query (the strict cut). */
export const STRICT_CANDIDATE_LIMIT = 20;
/** Entries matching any word, at least this many whatever the strict scans found. */
const MIN_LOOSE_CANDIDATES = 16;
/** Entries matching any word. */
export const LOOSE_CANDIDATE_LIMIT = 40;
/** How many of the scanned entries, by a cheap word-overlap pre-score, get the full re-ranking. */
export const RERANKED_CANDIDATE_LIMIT = 16;
/** Normalised titles kept for the pre-score (a short string per entry). */
const TITLE_CACHE_SIZE = 20_000;
/** Ranked first cut (bm25) used when no scan is available. */
export const CANDIDATE_LIMIT = 30;
/** The most words of a message that are matched (a pasted essay is not a question). */
const MAX_QUERY_WORDS = 80;
/** Profiles of recently seen entries, so a popular entry's text is analysed once, not per query. */
const PROFILE_CACHE_SIZE = 5_000;

export interface FaqSearchResult {
  best: RankedMatch<ScannedFaqCandidate> | null;
  /** The next candidates, best first (the runner-up is related[0]). */
  related: RankedMatch<ScannedFaqCandidate>[];
  /** The message's language, and false when the FAQ has no candidate entry in it (best is then null). */
  language: { code: LanguageCode; readable: boolean };
}

/** One message through the whole matcher, with the figures behind the ranking (eval and tuning). */
export interface FaqSearchTrace extends ScoredCandidates<ScannedFaqCandidate> {
  language: { code: LanguageCode; readable: boolean };
  /** The candidates that were scored, parallel to `features`. */
  candidates: ScannedFaqCandidate[];
}

/** Where candidates come from: an unranked scan (fast at any size), or the store's bm25 first cut. */
export type FaqCandidateSource = FaqCandidateScan | Pick<FaqStore, "findCandidates">;

/**
 * Text -> analysed terms -> safe MATCH expressions -> candidates -> re-rank. The one matcher
 * behind /ask and the thread replies.
 *
 * With a FaqCandidateScan the first cut is two bounded scans: entries matching every concept of
 * the query (usually few and right), then entries matching any word until the candidate budget is
 * used. Neither reads more than its limit, so the cost stays flat as the FAQ grows. The ranking
 * ignores bm25, so both sources rank the same candidates the same way.
 */
export class FaqSearch {
  private readonly profiles = new Map<string, EntryProfile>();
  private readonly titles = new Map<string, string>();

  /** `model` defaults to the committed one; the eval passes models fitted on other folds. */
  constructor(
    private readonly source: FaqCandidateSource,
    private readonly model: MatchModel = LEARNED_MATCH_MODEL,
  ) {}

  search(text: string, relatedLimit = 2): FaqSearchResult {
    const { ranked, language } = this.trace(text);
    return { best: ranked[0] ?? null, related: ranked.slice(1, 1 + relatedLimit), language };
  }

  rank(query: AnalysedText, language: LanguageCode = ENGLISH): RankedMatch<ScannedFaqCandidate>[] {
    return this.traceQuery(query, language).ranked;
  }

  trace(text: string): FaqSearchTrace {
    return this.traceQuery(analyseText(text, MAX_QUERY_WORDS), detectLanguage(text));
  }

  private traceQuery(query: AnalysedText, languageCode: LanguageCode): FaqSearchTrace {
    const scanned = this.candidates(query);
    const scannedProfiles = scanned.map((candidate) => this.profileOf(candidate));
    const gate = gateByLanguage(languageCode, scannedProfiles);
    const candidates = gate.keep.flatMap((index) => scanned[index] ?? []);
    const profiles = gate.keep.flatMap((index) => scannedProfiles[index] ?? []);
    const scored = scoreCandidates(query, candidates, profiles, this.model);
    return { ...scored, candidates, language: { code: languageCode, readable: gate.readable } };
  }

  /** The first cut for a query, before the full re-ranking (public for the eval and tuning tools). */
  firstCut(query: AnalysedText): ScannedFaqCandidate[] {
    return this.candidates(query);
  }

  private candidates(query: AnalysedText): ScannedFaqCandidate[] {
    const anyWord = buildMatchExpression(query.searchWords);
    if (anyWord === "") return [];
    if (!("scanCandidates" in this.source)) return this.source.findCandidates(anyWord, CANDIDATE_LIMIT);
    const scan = this.source;
    // See plan-first-cut.ts: every concept first; when that finds nothing, drop the concepts no
    // entry contains (one-row probes) and ask for the known ones.
    const everyConcept = strictExpression(query.searchGroups);
    const scanned: ScannedFaqCandidate[] =
      everyConcept === "" ? [] : scan.scanCandidates(everyConcept, STRICT_CANDIDATE_LIMIT);
    // Nothing matched every concept: at least one is a word no entry has. Probe, then ask for the rest.
    if (scanned.length === 0 && query.searchGroups.length >= 3) {
      const hits = conceptProbes(query.searchGroups).map(
        (probe) => probe !== "" && scan.scanCandidates(probe, 1).length > 0,
      );
      const knownOnly = strictExpression(knownConcepts(query.searchGroups, hits));
      if (knownOnly !== "" && knownOnly !== everyConcept) {
        scanned.push(...scan.scanCandidates(knownOnly, STRICT_CANDIDATE_LIMIT));
      }
    }
    // The any-word scan fills what the strict scans left of the budget (it reads in index order).
    const looseLimit = Math.max(MIN_LOOSE_CANDIDATES, LOOSE_CANDIDATE_LIMIT - scanned.length);
    scanned.push(...scan.scanCandidates(anyWord, looseLimit));
    const seen = new Set<string>();
    const unique = scanned.filter(
      (candidate) => !seen.has(candidate.slug) && seen.add(candidate.slug) !== undefined,
    );
    return unique.length <= RERANKED_CANDIDATE_LIMIT ? unique : this.preselect(query, unique);
  }

  /**
   * Keeps the scanned entries whose question, aliases and tags share the most query words (word
   * starts in a cached normalised string: no tokenising), so that the costly profiles are built
   * for a couple of dozen entries only. Ties keep scan order, which puts the strict matches first.
   */
  private preselect(query: AnalysedText, scanned: ScannedFaqCandidate[]): ScannedFaqCandidate[] {
    const scored = scanned.map((candidate, order) => {
      const title = this.titleOf(candidate);
      let score = 0;
      for (const word of query.searchWords) if (title.includes(` ${word}`)) score += 1;
      return { candidate, score, order };
    });
    scored.sort((a, b) => b.score - a.score || a.order - b.order);
    return scored.slice(0, RERANKED_CANDIDATE_LIMIT).map((entry) => entry.candidate);
  }

  private titleOf(candidate: ScannedFaqCandidate): string {
    const key = `${candidate.slug}\u0000${candidate.updatedAt}`;
    let title = this.titles.get(key);
    if (title === undefined) {
      title = ` ${normalisePlainText(`${candidate.question} ${candidate.aliases.join(" ")} ${candidate.tags.join(" ")}`)} `;
      if (this.titles.size >= TITLE_CACHE_SIZE) this.titles.clear();
      this.titles.set(key, title);
    }
    return title;
  }

  private profileOf(candidate: ScannedFaqCandidate): EntryProfile {
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
export function faqSearchFor(store: FaqCandidateSource): FaqSearch {
  let search = searchByStore.get(store);
  if (!search) {
    search = new FaqSearch(store);
    searchByStore.set(store, search);
  }
  return search;
}
