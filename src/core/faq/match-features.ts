import type { AnalysedText } from "./analyse-text.js";
import { adjacentPairs, type EntryProfile } from "./entry-profile.js";
import { stemWord } from "./stem-word.js";

/**
 * What the ranking knows about one candidate, every figure a share of the message's own words (or
 * 0/1), never a count that grows with the FAQ: a threshold must mean the same at 40 entries and at
 * 100,000. The order is the order of the learned weights in MatchModel.ranking.
 */
export const RANKING_FEATURES = [
  /** Share of the message's weight found in the question, aliases or tags. */
  "titleCover",
  /** Share found in the question itself (the moderator's own wording weighs more than tags). */
  "questionCover",
  /**
   * Title cover counted by how few candidates share each word: "connects" in a message says more
   * than "client", which half the candidates have. Relative to the candidates only, so it does not
   * grow with the FAQ.
   */
  "distinctiveCover",
  /** Share found only in the answer: weak evidence, but it catches stories told in the answer's words. */
  "answerOnlyCover",
  /** Best Dice overlap with the question or one alias: penalises a message that says much more or less. */
  "phraseDice",
  /** Of the best-matching phrasing's own weight, the share the message covers. */
  "phraseCovered",
  /**
   * Of the question's own weight, the share the message covers: "Top Rated Plus" loses to "Top
   * Rated" when the message never says "plus".
   */
  "questionCovered",
  /** Share of the message's neighbouring word pairs that a phrasing also has ("badge appear"). */
  "pairMatch",
  /** Share of the message's numbers ("13", "16", "90", "5000") that the entry mentions. */
  "numberMatch",
  /** 1 when the message names numbers and the entry mentions none of them. */
  "numberMiss",
  /** 1 when the message asks for the kind of answer a phrasing asks for (how long, why, how much...). */
  "intentMatch",
  /** 1 when both ask for something and never the same thing. */
  "intentMiss",
  /**
   * 1 when the message asks for a quantity (how long, how much) that no phrasing of the entry asks
   * for: "how long does it take to get paid by PayPal" is not answered by what PayPal outside
   * Upwork costs you, however many words they share.
   */
  "quantityMiss",
  /**
   * The message's strongest term weighted by the share of the entry's phrasings (question and
   * aliases) that use it: the words an entry is about recur in most of its phrasings, while a word
   * in one alias ("clients can't find my profile") says little about the topic.
   */
  "topicSupport",
  /**
   * 1 when the message asks which product or tool to pick and no phrasing of the entry does: an
   * FAQ about a marketplace's rules that shares "clients outside Upwork" with "what's the best time
   * tracker for clients outside Upwork?" still has no tracker to recommend.
   */
  "pickMiss",
  /**
   * 1 when the message names a payment service (Wise, Payoneer, a bank) that the entry never
   * mentions: what Wise charges for a transfer is not Upwork's service fee.
   */
  "serviceMiss",
] as const;

export type RankingFeature = (typeof RANKING_FEATURES)[number];
export type FeatureVector = readonly number[];

/** Figures about the message against all candidates together (the same for every candidate). */
export interface QueryFeatures {
  /** Share of the message's weight that no candidate mentions anywhere: words the FAQ does not know. */
  foreign: number;
  /** The message's total term weight (how much it says). */
  weight: number;
  /** 1 when the message names another marketplace or site that no candidate entry is about. */
  otherPlatform: number;
  /** Each message term's weight times the share of candidates whose title lacks it. */
  distinctive: ReadonlyMap<string, number>;
  distinctiveTotal: number;
}

/**
 * Other freelance marketplaces and big sites members compare with or ask about, stemmed here as the
 * matcher stems message words ("google" is compared as "googl"). Payment services used with Upwork
 * (Payoneer, Wise, PayPal) are not here: "the client wants to pay me through Wise" is an Upwork
 * question.
 */
const OTHER_PLATFORMS: ReadonlySet<string> = new Set(
  [
    "fiverr",
    "toptal",
    "peopleperhour",
    "guru",
    "contra",
    "malt",
    "99design",
    "linkedin",
    "etsy",
    "google",
    "amazon",
    "youtube",
    "instagram",
    "tiktok",
    "netflix",
  ].map(stemWord),
);

function mentions(profile: EntryProfile, term: string): boolean {
  return profile.titleTerms.has(term) || profile.answerTerms.has(term);
}

function isNumber(term: string): boolean {
  const first = term.charCodeAt(0);
  return first >= 48 && first <= 57;
}

export function queryFeatures(query: AnalysedText, profiles: readonly EntryProfile[]): QueryFeatures {
  const distinctive = new Map<string, number>();
  // Another marketplace is off-topic only for an FAQ with nothing about it (a community may keep
  // Fiverr entries: the starter pack has some).
  const otherPlatform = [...query.terms.keys()].some(
    (term) => OTHER_PLATFORMS.has(term) && !profiles.some((profile) => profile.titleTerms.has(term)),
  )
    ? 1
    : 0;
  if (query.totalWeight === 0)
    return { foreign: 1, weight: 0, distinctive, distinctiveTotal: 0, otherPlatform };
  let unknown = 0;
  let distinctiveTotal = 0;
  for (const [term, weight] of query.terms) {
    if (!profiles.some((profile) => mentions(profile, term))) unknown += weight;
    const withTerm = profiles.filter((profile) => profile.titleTerms.has(term)).length;
    const value = weight * (1 - withTerm / Math.max(1, profiles.length));
    distinctive.set(term, value);
    distinctiveTotal += value;
  }
  return {
    foreign: unknown / query.totalWeight,
    weight: query.totalWeight,
    distinctive,
    distinctiveTotal,
    otherPlatform,
  };
}

/** The ranking features of one candidate, in RANKING_FEATURES order. */
export function rankingFeatures(
  query: AnalysedText,
  profile: EntryProfile,
  queryLevel: QueryFeatures,
): FeatureVector {
  const total = query.totalWeight;
  if (total === 0) return RANKING_FEATURES.map(() => 0);
  const questionTerms = profile.phrases[0]?.terms;
  let title = 0;
  let distinctive = 0;
  let question = 0;
  let answerOnly = 0;
  let numbers = 0;
  let numbersFound = 0;
  // Map.forEach, not for-of: these loops run for every candidate (and every phrasing), and the
  // for-of entry pairs were a tenth of a thread decision's garbage.
  query.terms.forEach((weight, term) => {
    const inTitle = profile.titleTerms.has(term);
    if (inTitle) {
      title += weight;
      distinctive += queryLevel.distinctive.get(term) ?? 0;
    }
    if (questionTerms?.has(term) === true) question += weight;
    const inAnswer = profile.answerTerms.has(term);
    if (!inTitle && inAnswer) answerOnly += weight;
    if (isNumber(term)) {
      numbers += 1;
      if (inTitle || inAnswer) numbersFound += 1;
    }
  });
  const { dice, covered } = bestPhrase(query, profile.phrases);
  const questionPhrase = profile.phrases[0];
  let questionShared = 0;
  questionPhrase?.terms.forEach((weight, term) => {
    if (query.terms.has(term)) questionShared += weight;
  });
  const pairs = queryPairs(query.sequence);
  let pairsFound = 0;
  for (const pair of pairs) if (profile.pairs.has(pair)) pairsFound += 1;
  let sharedIntent = false;
  for (const intent of query.intents) if (profile.intents.has(intent)) sharedIntent = true;
  const bothAsk = query.intents.size > 0 && profile.intents.size > 0;
  return [
    title / total,
    question / total,
    queryLevel.distinctiveTotal === 0 ? 0 : distinctive / queryLevel.distinctiveTotal,
    answerOnly / total,
    dice,
    covered,
    questionPhrase && questionPhrase.totalWeight > 0 ? questionShared / questionPhrase.totalWeight : 0,
    pairs.length === 0 ? 0 : pairsFound / pairs.length,
    numbers === 0 ? 0 : numbersFound / numbers,
    numbers > 0 && numbersFound === 0 ? 1 : 0,
    sharedIntent ? 1 : 0,
    bothAsk && !sharedIntent ? 1 : 0,
    query.asksQuantity && !asksQuantity(profile.intents) ? 1 : 0,
    topicSupport(query, profile),
    query.intents.has("pick") && !profile.intents.has("pick") ? 1 : 0,
    missesService(query, profile) ? 1 : 0,
  ];
}

function topicSupport(query: AnalysedText, profile: EntryProfile): number {
  const phrasings = profile.phrases.length;
  if (phrasings === 0) return 0;
  let best = 0;
  query.terms.forEach((weight, term) => {
    let using = 0;
    for (const phrase of profile.phrases) if (phrase.terms.has(term)) using += 1;
    best = Math.max(best, (weight * using) / phrasings);
  });
  return best;
}

function missesService(query: AnalysedText, profile: EntryProfile): boolean {
  if (query.paymentServices.size === 0) return false;
  for (const service of query.paymentServices) if (mentions(profile, service)) return false;
  return true;
}

function asksQuantity(intents: ReadonlySet<string>): boolean {
  return intents.has("duration") || intents.has("amount");
}

/** The phrasing with the best Dice overlap, and how much of that phrasing the message covers. */
function bestPhrase(
  query: AnalysedText,
  phrases: readonly AnalysedText[],
): { dice: number; covered: number } {
  let dice = 0;
  let covered = 0;
  for (const phrase of phrases) {
    if (phrase.totalWeight === 0) continue;
    let shared = 0;
    query.terms.forEach((weight, term) => {
      const phraseWeight = phrase.terms.get(term);
      if (phraseWeight !== undefined) shared += Math.min(weight, phraseWeight);
    });
    const phraseDice = (2 * shared) / (query.totalWeight + phrase.totalWeight);
    if (phraseDice > dice) {
      dice = phraseDice;
      covered = shared / phrase.totalWeight;
    }
  }
  return { dice, covered };
}

/** The message's word pairs, once per message rather than once per candidate (a sequence is never changed). */
const pairsOfSequence = new WeakMap<readonly string[], string[]>();
function queryPairs(sequence: readonly string[]): string[] {
  let pairs = pairsOfSequence.get(sequence);
  if (pairs === undefined) {
    pairs = adjacentPairs(sequence);
    pairsOfSequence.set(sequence, pairs);
  }
  return pairs;
}
