import { type AnalysedText, analysePhrases, analyseTerms } from "./analyse-text.js";
import { normalisePlainText } from "./normalise-text.js";

/** The parts of an FAQ entry the matcher reads. */
export interface MatchableEntry {
  slug: string;
  question: string;
  aliases: readonly string[];
  tags: readonly string[];
  answer: string;
  /** FTS5 bm25 of the first cut (lower = better); only its ratio to the best candidate's is used. */
  bm25?: number;
}

/** An entry's text analysed once (callers may cache it by slug and version). */
export interface EntryProfile {
  /** The question and each alias, each analysed on its own. */
  phrases: readonly AnalysedText[];
  /** Terms of the question, aliases and tags together. */
  titleTerms: ReadonlySet<string>;
  /**
   * The opening of the answer, normalised and padded with spaces. Query terms are looked up in it
   * as word starts (" " + stem): much cheaper than analysing the answer, and precise enough for a
   * feature that only says "the answer talks about this".
   */
  answerText: string;
}

const MAX_ANSWER_CHARS = 900;

export function profileEntry(entry: MatchableEntry): EntryProfile {
  const phrases = analysePhrases([entry.question, ...entry.aliases], 60);
  const titleTerms = new Set<string>();
  for (const phrase of phrases) for (const term of phrase.terms.keys()) titleTerms.add(term);
  for (const term of analyseTerms(entry.tags.join(" "), 40).terms.keys()) titleTerms.add(term);
  // The opening of an answer carries its topic; reading all of a long answer costs more than it tells.
  const answerText = ` ${normalisePlainText(entry.answer.slice(0, MAX_ANSWER_CHARS))} `;
  return { phrases, titleTerms, answerText };
}

/**
 * How the coverage figures combine into one relevance (0-1), and how relevance and the margin over
 * the runner-up map to a confidence: confidence = logistic(intercept + relevanceSlope * relevance
 * + marginSlope * margin). The coefficients were fitted by logistic regression on the labelled
 * messages in test/fixtures/eval-messages.json (was the top entry right?) against the starter
 * pack, with the margin slope then set to 1.5x the relevance slope (the best trade-off the eval set
 * showed), so a confidence reads roughly as "this share of answers at this level were right".
 * Every input is a fraction of the query's own words or a difference of such fractions, never a
 * bm25 magnitude (which grows with the FAQ), so a threshold means the same at any size; the eval
 * figures at 10,000 and 100,000 generated entries match those at 40.
 * bm25Weight stays 0: the scan first cut has no bm25, and both first cuts must rank alike.
 */
export interface MatchModel {
  titleWeight: number;
  anyWeight: number;
  phraseWeight: number;
  bm25Weight: number;
  intercept: number;
  relevanceSlope: number;
  marginSlope: number;
  /** Margins beyond this say nothing more. */
  marginCap: number;
  /** A margin that counts as clear: "standalone" confidence assumes it, to tell ambiguous from weak. */
  clearMargin: number;
}

export const MATCH_MODEL: MatchModel = {
  titleWeight: 0.1,
  anyWeight: 0.2,
  phraseWeight: 0.45,
  bm25Weight: 0,
  intercept: -4.15,
  relevanceSlope: 8.2,
  marginSlope: 12.3,
  /** Margins beyond this say nothing more. */
  marginCap: 0.25,
  clearMargin: 0.1,
};

export interface RankedMatch<TEntry extends MatchableEntry = MatchableEntry> {
  entry: TEntry;
  /** Coverage-based relevance of the entry to the query, 0-1. */
  relevance: number;
  /** Relevance minus the best relevance among the other candidates (negative for all but the best). */
  margin: number;
  /** Calibrated confidence that this entry answers the query, 0-1. */
  confidence: number;
  /** The confidence the entry would have with a clear margin over the others (used to tell "ambiguous"). */
  standaloneConfidence: number;
}

function overlapWeight(query: AnalysedText, terms: ReadonlySet<string>): number {
  let sum = 0;
  for (const [term, weight] of query.terms) if (terms.has(term)) sum += weight;
  return sum;
}

/** The best Dice overlap between the query and the entry's question or one alias. */
function bestPhraseDice(query: AnalysedText, phrases: readonly AnalysedText[]): number {
  let best = 0;
  for (const phrase of phrases) {
    if (phrase.totalWeight === 0) continue;
    let shared = 0;
    for (const [term, weight] of query.terms) {
      const phraseWeight = phrase.terms.get(term);
      if (phraseWeight !== undefined) shared += Math.min(weight, phraseWeight);
    }
    const dice = (2 * shared) / (query.totalWeight + phrase.totalWeight);
    if (dice > best) best = dice;
  }
  return best;
}

/** The coverage figures of one candidate, each 0-1. */
export interface RelevanceFeatures {
  /** Share of the query's weight found in the question, aliases or tags. */
  title: number;
  /** Share found anywhere in the entry, answer included. */
  any: number;
  /** Best Dice overlap with the question or one alias (penalises a query that says much more or less). */
  phrase: number;
  /** bm25 relative to the best candidate's (1 for the best); a ratio, so the FAQ's size cancels out. */
  bm25Share: number;
}

export function relevanceFeatures(
  query: AnalysedText,
  profile: EntryProfile,
  bm25Share: number,
): RelevanceFeatures {
  if (query.totalWeight === 0) return { title: 0, any: 0, phrase: 0, bm25Share };
  const title = overlapWeight(query, profile.titleTerms);
  let any = 0;
  for (const [term, weight] of query.terms) {
    if (profile.titleTerms.has(term) || profile.answerText.includes(` ${term}`)) any += weight;
  }
  return {
    title: title / query.totalWeight,
    any: any / query.totalWeight,
    phrase: bestPhraseDice(query, profile.phrases),
    bm25Share,
  };
}

export function relevanceFrom(features: RelevanceFeatures, model: MatchModel = MATCH_MODEL): number {
  const weights = model.titleWeight + model.anyWeight + model.phraseWeight + model.bm25Weight;
  return (
    (model.titleWeight * features.title +
      model.anyWeight * features.any +
      model.phraseWeight * features.phrase +
      model.bm25Weight * features.bm25Share) /
    weights
  );
}

export function confidenceOf(relevance: number, margin: number, model: MatchModel = MATCH_MODEL): number {
  const cappedMargin = Math.max(-model.marginCap, Math.min(model.marginCap, margin));
  const logit = model.intercept + model.relevanceSlope * relevance + model.marginSlope * cappedMargin;
  return 1 / (1 + Math.exp(-logit));
}

/**
 * Re-ranks the full-text candidates by coverage and attaches calibrated confidences, best first.
 * `profiles` must be parallel to `candidates`.
 */
export function rankCandidates<TEntry extends MatchableEntry>(
  query: AnalysedText,
  candidates: readonly TEntry[],
  profiles: readonly EntryProfile[],
  model: MatchModel = MATCH_MODEL,
): RankedMatch<TEntry>[] {
  let bestBm25 = 0;
  for (const candidate of candidates) if ((candidate.bm25 ?? 0) < bestBm25) bestBm25 = candidate.bm25 ?? 0;
  const scored = candidates.map((entry, index) => {
    const profile = profiles[index];
    const bm25Share = bestBm25 < 0 ? Math.max(0, (entry.bm25 ?? 0) / bestBm25) : 0;
    const relevance = profile ? relevanceFrom(relevanceFeatures(query, profile, bm25Share), model) : 0;
    return { entry, relevance };
  });
  scored.sort((a, b) => b.relevance - a.relevance || a.entry.slug.localeCompare(b.entry.slug));
  const first = scored[0]?.relevance ?? 0;
  const second = scored[1]?.relevance ?? 0;
  return scored.map(({ entry, relevance }, index) => {
    const margin = relevance - (index === 0 ? second : first);
    return {
      entry,
      relevance,
      margin,
      confidence: round(confidenceOf(relevance, margin, model)),
      standaloneConfidence: round(confidenceOf(relevance, model.clearMargin, model)),
    };
  });
}

/** Three decimals, and never a certain 1: no text match makes an answer certain. */
function round(value: number): number {
  return Math.min(0.999, Math.round(value * 1000) / 1000);
}
