import type { CommunityId } from "../core/community.js";
import { type AnalysedText, analyseText } from "../core/faq/analyse-text.js";
import { buildMatchExpression } from "../core/faq/build-match-expression.js";
import { detectLanguage, ENGLISH, type LanguageCode } from "../core/faq/detect-language.js";
import { gateByLanguage } from "../core/faq/language-gate.js";
import { LEARNED_MATCH_MODEL } from "../core/faq/learned-match-model.js";
import type { MatchModel } from "../core/faq/match-model.js";
import { normalisePlainText } from "../core/faq/normalise-text.js";
import {
  conceptProbes,
  knownConcepts,
  leadingConcepts,
  strictExpression,
} from "../core/faq/plan-first-cut.js";
import { preferredMarketplace, splitByMarketplace } from "../core/faq/prefer-marketplace.js";
import { type RankedMatch, type ScoredCandidates, scoreCandidates } from "../core/faq/rank-candidates.js";
import type { ScannedFaqCandidate } from "../core/faq/types.js";
import { wordingKey } from "../core/faq/wording-key.js";
import type { MarketplaceId } from "../core/rules/marketplace-id.js";
import type { FaqCandidateScan } from "../ports/faq-candidate-scan.js";
import type { FaqSearch as FaqSearchPort, FaqSearchResult } from "../ports/faq-search.js";
import type { FaqWordingDemotions } from "../ports/faq-wording-demotions.js";
import { EntryProfileCache, titleWords } from "./entry-profile-cache.js";

/** Entries matching every concept of the query (the strict cut). */
export const STRICT_CANDIDATE_LIMIT = 20;
/** Entries matching any word, at least this many whatever the strict scans found. */
const MIN_LOOSE_CANDIDATES = 16;
/** Fewer strict matches than this also scan for the two leading concepts (see candidates()). */
const FEW_STRICT_MATCHES = 3;
/** Entries matching any word. */
export const LOOSE_CANDIDATE_LIMIT = 40;
/** How many of the scanned entries, by a cheap word-overlap pre-score, get the full re-ranking. */
export const RERANKED_CANDIDATE_LIMIT = 16;
/** Normalised titles kept for the pre-score (a short string per entry text, in any community). */
const TITLE_CACHE_SIZE = 20_000;
/** Ranked first cut (bm25) used when no scan is available. */
export const CANDIDATE_LIMIT = 30;
/** The most words of a message that are matched (a pasted essay is not a question). */
const MAX_QUERY_WORDS = 80;
/** Profiles of recently seen entry texts, so a popular text is analysed once (see entry-profile-cache.ts). */
const PROFILE_CACHE_SIZE = 5_000;

/** One message through the whole matcher, with the figures behind the ranking (eval and tuning). */
export interface FaqSearchTrace extends ScoredCandidates<ScannedFaqCandidate> {
  language: { code: LanguageCode; readable: boolean };
  /** The candidates that were scored, parallel to `features`. */
  candidates: ScannedFaqCandidate[];
}

/** Where candidates come from: an unranked scan (fast at any size), or the index's bm25 first cut. */
export type FaqCandidateSource =
  | Pick<FaqCandidateScan, "scanCandidates">
  | Pick<FaqCandidateScan, "findCandidates">;

/**
 * Text -> analysed terms -> safe MATCH expressions -> candidates -> re-rank. The one matcher
 * behind /ask and the thread replies.
 *
 * With a FaqCandidateScan the first cut is two bounded scans: entries matching every concept of
 * the query (usually few and right), then entries matching any word until the candidate budget is
 * used. Neither reads more than its limit, so the cost stays flat as the FAQ grows. The ranking
 * ignores bm25, so both sources rank the same candidates the same way.
 */
export class FaqSearch implements FaqSearchPort {
  private readonly profiles = new EntryProfileCache(PROFILE_CACHE_SIZE);
  private readonly titles = new Map<string, string>();
  /** Freed with the candidate (a short string each), so it needs no bound of its own. */
  private readonly titleByCandidate = new WeakMap<ScannedFaqCandidate, string>();

  /**
   * `model` defaults to the committed one; the eval passes models fitted on other folds.
   * `demotions`, when given, leaves out of search() the entries an asker rejected for that wording.
   */
  constructor(
    private readonly source: FaqCandidateSource,
    private readonly model: MatchModel = LEARNED_MATCH_MODEL,
    private readonly demotions?: Pick<FaqWordingDemotions, "demotedSlugs">,
  ) {}

  async search(
    community: CommunityId,
    text: string,
    relatedLimit = 2,
    marketplace?: MarketplaceId,
  ): Promise<FaqSearchResult> {
    const query = analyseText(text, MAX_QUERY_WORDS);
    const preferred = marketplace === undefined ? null : preferredMarketplace(text, marketplace);
    const demoted = new Set(await this.demotions?.demotedSlugs(community, wordingKey(text)));
    const trace = await this.traceQuery(community, query, detectLanguage(text), preferred, demoted);
    const ranked = this.preferring(query, trace, preferred);
    return { best: ranked[0] ?? null, related: ranked.slice(1, 1 + relatedLimit), language: trace.language };
  }

  /**
   * The candidates that fit the marketplace ranked first, among themselves, then the others (see
   * prefer-marketplace.ts): ranking them apart gives the fitting ones margins and confidences
   * that another marketplace's near-duplicate does not eat into.
   */
  private preferring(
    query: AnalysedText,
    trace: FaqSearchTrace,
    marketplace: MarketplaceId | null,
  ): RankedMatch<ScannedFaqCandidate>[] {
    const split = splitByMarketplace(trace.candidates, marketplace);
    if (!split) return trace.ranked;
    const rank = (entries: readonly ScannedFaqCandidate[]) =>
      scoreCandidates(
        query,
        entries,
        entries.map((entry) => this.profiles.profileOf(entry)),
        this.model,
      ).ranked;
    return [...rank(split.fitting), ...rank(split.others)];
  }

  async rank(
    community: CommunityId,
    query: AnalysedText,
    language: LanguageCode = ENGLISH,
  ): Promise<RankedMatch<ScannedFaqCandidate>[]> {
    return (await this.traceQuery(community, query, language)).ranked;
  }

  trace(community: CommunityId, text: string): Promise<FaqSearchTrace> {
    return this.traceQuery(community, analyseText(text, MAX_QUERY_WORDS), detectLanguage(text));
  }

  private async traceQuery(
    community: CommunityId,
    query: AnalysedText,
    languageCode: LanguageCode,
    marketplace: MarketplaceId | null = null,
    demoted: ReadonlySet<string> = new Set(),
  ): Promise<FaqSearchTrace> {
    // A rejected entry is left out before ranking, so the others' confidences and margins are
    // computed as if it were not in the FAQ, rather than with a winner that can never win.
    const scanned = (await this.candidates(community, query, marketplace)).filter(
      (candidate) => !demoted.has(candidate.slug),
    );
    const scannedProfiles = scanned.map((candidate) => this.profiles.profileOf(candidate));
    const gate = gateByLanguage(languageCode, scannedProfiles);
    const candidates = gate.keep.flatMap((index) => scanned[index] ?? []);
    const profiles = gate.keep.flatMap((index) => scannedProfiles[index] ?? []);
    const scored = scoreCandidates(query, candidates, profiles, this.model);
    return { ...scored, candidates, language: { code: languageCode, readable: gate.readable } };
  }

  /** The first cut for a query, before the full re-ranking (public for the eval and tuning tools). */
  firstCut(community: CommunityId, query: AnalysedText): Promise<ScannedFaqCandidate[]> {
    return this.candidates(community, query);
  }

  private async candidates(
    community: CommunityId,
    query: AnalysedText,
    marketplace: MarketplaceId | null = null,
  ): Promise<ScannedFaqCandidate[]> {
    const anyWord = buildMatchExpression(query.searchWords);
    if (anyWord === "") return [];
    if (!("scanCandidates" in this.source))
      return this.source.findCandidates(community, anyWord, CANDIDATE_LIMIT);
    const source = this.source;
    const scan = {
      scanCandidates: (expression: string, limit: number) =>
        source.scanCandidates(community, expression, limit),
    };
    // See plan-first-cut.ts: every concept first; when that finds nothing, drop the concepts no
    // entry contains (one-row probes) and ask for the known ones.
    const everyConcept = strictExpression(query.searchGroups);
    const scanned: ScannedFaqCandidate[] =
      everyConcept === "" ? [] : await scan.scanCandidates(everyConcept, STRICT_CANDIDATE_LIMIT);
    let known: readonly (readonly string[])[] = query.searchGroups;
    let knownOnly = everyConcept;
    // Nothing matched every concept: at least one is a word no entry has. Probe, then ask for the rest.
    if (scanned.length === 0 && query.searchGroups.length >= 3) {
      const hits: boolean[] = [];
      for (const probe of conceptProbes(query.searchGroups)) {
        hits.push(probe !== "" && (await scan.scanCandidates(probe, 1)).length > 0);
      }
      known = knownConcepts(query.searchGroups, hits);
      knownOnly = strictExpression(known);
      if (knownOnly !== "" && knownOnly !== everyConcept) {
        scanned.push(...(await scan.scanCandidates(knownOnly, STRICT_CANDIDATE_LIMIT)));
      }
    }
    // The strict scans found (next to) nothing: a word the right entry words differently ("good or
    // bad" for "help or hurt") emptied them. Entries sharing the two leading concepts come after the
    // any-word scan, so that on ties the pre-score keeps what that scan found first.
    const topical: ScannedFaqCandidate[] = [];
    const leading = strictExpression(leadingConcepts(known));
    if (scanned.length < FEW_STRICT_MATCHES && query.searchGroups.length >= 3 && leading !== knownOnly) {
      if (leading !== "") topical.push(...(await scan.scanCandidates(leading, STRICT_CANDIDATE_LIMIT)));
    }
    // The any-word scan fills what the strict scans left of the budget (it reads in index order).
    const looseLimit = Math.max(MIN_LOOSE_CANDIDATES, LOOSE_CANDIDATE_LIMIT - scanned.length);
    scanned.push(...(await scan.scanCandidates(anyWord, looseLimit)), ...topical);
    const seen = new Set<string>();
    const unique = scanned.filter(
      (candidate) => !seen.has(candidate.slug) && seen.add(candidate.slug) !== undefined,
    );
    return unique.length <= RERANKED_CANDIDATE_LIMIT ? unique : this.preselect(query, unique, marketplace);
  }

  /**
   * Keeps the scanned entries (those fitting the marketplace preference first) whose question,
   * aliases and tags share the most query words (word starts in a cached normalised string: no
   * tokenising), so that the costly profiles are built for a couple of dozen entries only. Ties
   * keep scan order, which puts the strict matches first.
   */
  private preselect(
    query: AnalysedText,
    scanned: ScannedFaqCandidate[],
    marketplace: MarketplaceId | null,
  ): ScannedFaqCandidate[] {
    const fitting = new Set(splitByMarketplace(scanned, marketplace)?.fitting ?? scanned);
    const scored = scanned.map((candidate, order) => {
      const title = this.titleOf(candidate);
      let score = 0;
      for (const word of query.searchWords) if (title.includes(` ${word}`)) score += 1;
      return { candidate, fits: fitting.has(candidate), score, order };
    });
    // The preferred marketplace's entries (and general ones) first: another marketplace's
    // near-duplicates must not take every seat (Upwork's many Top Rated entries beside Fiverr's one).
    scored.sort((a, b) => Number(b.fits) - Number(a.fits) || b.score - a.score || a.order - b.order);
    return scored.slice(0, RERANKED_CANDIDATE_LIMIT).map((entry) => entry.candidate);
  }

  /**
   * Keyed by the words it is made of, so an edit or another community's copy needs no version.
   * The same candidate object again (SQLite's scan hands out its cached rows) skips building the
   * key: the pre-score reads forty-odd titles a match, and joining them cost more than the rest.
   */
  private titleOf(candidate: ScannedFaqCandidate): string {
    const seen = this.titleByCandidate.get(candidate);
    if (seen !== undefined) return seen;
    const words = titleWords(candidate);
    let title = this.titles.get(words);
    if (title === undefined) {
      title = ` ${normalisePlainText(words)} `;
      if (this.titles.size >= TITLE_CACHE_SIZE) this.titles.clear();
      this.titles.set(words, title);
    }
    this.titleByCandidate.set(candidate, title);
    return title;
  }
}
