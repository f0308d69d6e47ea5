import { applyFieldSynonyms } from "./field-synonyms.js";
import { tokenise } from "./normalise-text.js";
import { namedPaymentServices } from "./payment-services.js";
import { asksQuantityOutright, type QuestionIntent, questionIntents } from "./question-intent.js";
import { stemWord } from "./stem-word.js";
import { STOP_WORDS } from "./stop-words.js";

/**
 * Words that occur in most questions of this field. They still count, but little: "upwork" in a
 * query says nothing about which entry is meant. A fixed table keeps the weights independent of the
 * FAQ's size (document frequencies would change as entries are added).
 */
const GENERIC_WORD_WEIGHTS: ReadonlyMap<string, number> = new Map([
  ["upwork", 0.2],
  ["freelancer", 0.3],
  ["freelancers", 0.3],
  ["freelance", 0.3],
  ["freelancing", 0.3],
  ["work", 0.4],
  ["job", 0.5],
  ["jobs", 0.5],
  ["account", 0.5],
  ["profile", 0.6],
  ["client", 0.5],
  ["contract", 0.6],
  ["contracts", 0.6],
  ["badge", 0.6],
  ["badges", 0.6],
  ["status", 0.5],
  ["long", 0.6],
  ["time", 0.4],
  ["take", 0.4],
  ["make", 0.4],
  ["get", 0.4],
  ["use", 0.4],
  ["new", 0.5],
  ["happen", 0.4],
  ["affect", 0.5],
  ["mean", 0.4],
  ["count", 0.5],
  ["year", 0.5],
  ["month", 0.5],
  ["week", 0.5],
  ["day", 0.5],
  ["days", 0.5],
  // The most frequent English verbs besides those above (get, make, take, use, work, mean): they
  // occur in questions about anything, so an alias that shares "find" or "say" with an off-topic
  // question ("how do I find clients on reddit?") is weak evidence, not a topic match.
  ["say", 0.4],
  ["go", 0.4],
  ["know", 0.4],
  ["think", 0.4],
  ["see", 0.4],
  ["come", 0.4],
  ["want", 0.4],
  ["look", 0.4],
  ["find", 0.4],
  ["give", 0.4],
  ["tell", 0.4],
  ["call", 0.4],
  ["try", 0.4],
  ["ask", 0.4],
  ["feel", 0.4],
  ["put", 0.4],
  ["keep", 0.4],
]);

/** Searching for these on a large FAQ matches nearly everything and costs time; they only re-rank. */
const RERANK_ONLY_WORDS: ReadonlySet<string> = new Set(["upwork", "freelancer", "freelancers", "work"]);

export interface AnalysedText {
  /** Stemmed canonical terms with their weight (the highest weight when a term repeats). */
  terms: ReadonlyMap<string, number>;
  /** The sum of the weights, the denominator of every coverage figure. */
  totalWeight: number;
  /** Plain words worth sending to full-text search: originals plus synonym expansions. */
  searchWords: readonly string[];
  /**
   * The same words grouped by concept, in the order they were written: a word with its synonym
   * expansions ("jss", "job", "success", "score"). A strict first cut asks for every concept.
   */
  searchGroups: readonly (readonly string[])[];
  /** The stemmed terms in the order written (repeats kept): phrase matching reads word pairs from it. */
  sequence: readonly string[];
  /** What kind of answer the text asks for (empty for text that is not a phrasing of a question). */
  intents: ReadonlySet<QuestionIntent>;
  /** The text asks outright for a figure: "how long", "how much" (see asksQuantityOutright). */
  asksQuantity: boolean;
  /** Payment services the text names ("wise", "payoneer"), stemmed; empty for FAQ text. */
  paymentServices: ReadonlySet<string>;
}

const NO_INTENTS: ReadonlySet<QuestionIntent> = new Set();
const NO_SERVICES: ReadonlySet<string> = new Set();

/** A compound name ("top_rated_plus") stands for several words and carries more than one of them. */
const COMPOUND_WEIGHT = 1.5;

export function weightOf(word: string): number {
  return GENERIC_WORD_WEIGHTS.get(word) ?? 1;
}

function termWeight(word: string, compound: string | null): number {
  return compound === null ? weightOf(word) : COMPOUND_WEIGHT;
}

/**
 * The terms alone, for FAQ text (an entry's profile): the same pipeline as analyseText without the
 * search words, which only a query needs. Kept lean because a cold profile is on the hot path.
 */
export function analyseTerms(text: string, maxWords = 200): AnalysedText {
  return termsOf(tokenise(text, maxWords, true), false);
}

/** A word no text contains, used to normalise several short texts in one pass. */
const PHRASE_BREAK = "qqphrasebreakqq";

/**
 * analyseTerms for several short texts (a question and its aliases) with one normalisation pass:
 * per-call overhead, not length, dominates the cost of short texts.
 */
export function analysePhrases(texts: readonly string[], maxWordsEach = 60): AnalysedText[] {
  const words = tokenise(texts.join(` ${PHRASE_BREAK} `), (maxWordsEach + 1) * texts.length, true);
  const results: AnalysedText[] = [];
  let start = 0;
  for (let index = 0; index <= words.length; index += 1) {
    if (index === words.length || words[index] === PHRASE_BREAK) {
      results.push(termsOf(words.slice(start, Math.min(index, start + maxWordsEach)), true));
      start = index + 1;
    }
  }
  return results;
}

function termsOf(words: readonly string[], withIntents: boolean): AnalysedText {
  const terms = new Map<string, number>();
  const sequence: string[] = [];
  let totalWeight = 0;
  let lastSpan = -1;
  for (const { word, fromRule, span, compound } of applyFieldSynonyms(words)) {
    if (!fromRule && STOP_WORDS.has(word)) continue;
    // A compound name is one term, taken once for the span its words share.
    if (compound !== null && span === lastSpan) continue;
    lastSpan = span;
    const weight = termWeight(word, compound);
    const stem = compound ?? stemWord(word);
    sequence.push(stem);
    const previous = terms.get(stem);
    if (previous === undefined) {
      terms.set(stem, weight);
      totalWeight += weight;
    } else if (previous < weight) {
      terms.set(stem, weight);
      totalWeight += weight - previous;
    }
  }
  const text = withIntents ? words.join(" ") : "";
  const intents = withIntents ? questionIntents(text) : NO_INTENTS;
  const asksQuantity = withIntents && asksQuantityOutright(text);
  return {
    terms,
    totalWeight,
    searchWords: [],
    searchGroups: [],
    sequence,
    intents,
    asksQuantity,
    paymentServices: NO_SERVICES,
  };
}

/** Normalise -> synonyms -> drop stop words -> stem, for a query or for a piece of FAQ text. */
export function analyseText(text: string, maxWords = 200): AnalysedText {
  const words = tokenise(text, maxWords);
  const canonical = applyFieldSynonyms(words);
  const terms = new Map<string, number>();
  const sequence: string[] = [];
  const searchWords = new Set<string>();
  const searchGroups: string[][] = [];
  let group: string[] = [];
  let groupSpan = -1;
  const closeGroup = () => {
    if (group.length > 0) searchGroups.push(group);
    group = [];
  };
  let termSpan = -1;
  for (const { word, fromRule, span, source, compound } of canonical) {
    if (span !== groupSpan) {
      closeGroup();
      groupSpan = span;
      for (const original of source.length > 0 ? source : [word]) {
        if (STOP_WORDS.has(original) || RERANK_ONLY_WORDS.has(original) || group.includes(original)) continue;
        group.push(original);
        searchWords.add(original);
      }
    }
    if (fromRule && !RERANK_ONLY_WORDS.has(word) && !group.includes(word)) {
      group.push(word);
      searchWords.add(word);
    }
    if (STOP_WORDS.has(word) && !fromRule) continue;
    if (compound !== null && span === termSpan) continue;
    termSpan = span;
    const weight = termWeight(word, compound);
    const stem = compound ?? stemWord(word);
    sequence.push(stem);
    if ((terms.get(stem) ?? 0) < weight) terms.set(stem, weight);
  }
  closeGroup();
  let totalWeight = 0;
  for (const weight of terms.values()) totalWeight += weight;
  const normalisedWords = words.join(" ");
  return {
    terms,
    totalWeight,
    searchWords: [...searchWords],
    searchGroups,
    sequence,
    intents: questionIntents(normalisedWords),
    asksQuantity: asksQuantityOutright(normalisedWords),
    paymentServices: namedPaymentServices(words),
  };
}
