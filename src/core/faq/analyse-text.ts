import { applyFieldSynonyms } from "./field-synonyms.js";
import { tokenise } from "./normalise-text.js";
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
}

export function weightOf(word: string): number {
  return GENERIC_WORD_WEIGHTS.get(word) ?? 1;
}

/**
 * The terms alone, for FAQ text (an entry's profile): the same pipeline as analyseText without the
 * search words, which only a query needs. Kept lean because a cold profile is on the hot path.
 */
export function analyseTerms(text: string, maxWords = 200): AnalysedText {
  return termsOf(tokenise(text, maxWords, true));
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
      results.push(termsOf(words.slice(start, Math.min(index, start + maxWordsEach))));
      start = index + 1;
    }
  }
  return results;
}

function termsOf(words: readonly string[]): AnalysedText {
  const terms = new Map<string, number>();
  let totalWeight = 0;
  for (const { word, fromRule } of applyFieldSynonyms(words)) {
    if (!fromRule && STOP_WORDS.has(word)) continue;
    const weight = weightOf(word);
    const stem = stemWord(word);
    const previous = terms.get(stem);
    if (previous === undefined) {
      terms.set(stem, weight);
      totalWeight += weight;
    } else if (previous < weight) {
      terms.set(stem, weight);
      totalWeight += weight - previous;
    }
  }
  return { terms, totalWeight, searchWords: [], searchGroups: [] };
}

/** Normalise -> synonyms -> drop stop words -> stem, for a query or for a piece of FAQ text. */
export function analyseText(text: string, maxWords = 200): AnalysedText {
  const words = tokenise(text, maxWords);
  const canonical = applyFieldSynonyms(words);
  const terms = new Map<string, number>();
  const searchWords = new Set<string>();
  const searchGroups: string[][] = [];
  let group: string[] = [];
  let groupSpan = -1;
  const closeGroup = () => {
    if (group.length > 0) searchGroups.push(group);
    group = [];
  };
  for (const { word, fromRule, span, source } of canonical) {
    if (span !== groupSpan) {
      closeGroup();
      groupSpan = span;
      for (const original of source.length > 0 ? source : [word]) {
        if (STOP_WORDS.has(original) || RERANK_ONLY_WORDS.has(original) || group.includes(original)) continue;
        group.push(original);
        searchWords.add(original);
      }
    }
    if (STOP_WORDS.has(word) && !fromRule) continue;
    const weight = weightOf(word);
    const stem = stemWord(word);
    if ((terms.get(stem) ?? 0) < weight) terms.set(stem, weight);
    if (fromRule && !RERANK_ONLY_WORDS.has(word) && !group.includes(word)) {
      group.push(word);
      searchWords.add(word);
    }
  }
  closeGroup();
  let totalWeight = 0;
  for (const weight of terms.values()) totalWeight += weight;
  return { terms, totalWeight, searchWords: [...searchWords], searchGroups };
}
