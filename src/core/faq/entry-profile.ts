import { type AnalysedText, analysePhrases, analyseTerms } from "./analyse-text.js";
import { detectLanguage, type LanguageCode } from "./detect-language.js";
import type { QuestionIntent } from "./question-intent.js";

/** The parts of an FAQ entry the matcher reads. */
export interface MatchableEntry {
  slug: string;
  question: string;
  /**
   * Other phrasings of the question. Moderators write some; questions taught from the unanswered
   * list are added here too, and every alias counts as much as the question itself.
   */
  aliases: readonly string[];
  tags: readonly string[];
  answer: string;
  /** FTS5 bm25 of the ranked first cut; the ranking does not use it (its magnitude grows with the FAQ). */
  bm25?: number;
}

/** An entry's text analysed once (callers cache it by slug and version). */
export interface EntryProfile {
  /** The question and each alias, each analysed on its own (the question first). */
  phrases: readonly AnalysedText[];
  /** Terms of the question, aliases and tags together. */
  titleTerms: ReadonlySet<string>;
  /** Adjacent term pairs of every phrasing ("badg appear"), for phrase matching. */
  pairs: ReadonlySet<string>;
  /** What the question and its aliases ask for. */
  intents: ReadonlySet<QuestionIntent>;
  /**
   * Terms of the opening of the answer, through the same synonyms and stemming as the question:
   * evidence that only says "the answer talks about this" (a story told in the answer's words).
   */
  answerTerms: ReadonlySet<string>;
  /** The question and aliases, from which entryLanguage() reads the language when it is asked. */
  phrasingText: string;
}

const languages = new WeakMap<EntryProfile, LanguageCode>();

/** The language the entry's question and aliases are written in (worked out once, when first asked). */
export function entryLanguage(profile: EntryProfile): LanguageCode {
  let language = languages.get(profile);
  if (language === undefined) {
    language = detectLanguage(profile.phrasingText);
    languages.set(profile, language);
  }
  return language;
}

/**
 * About a whole answer of the starter pack (500-900 characters): the 600-character opening missed
 * the later sentences that stories are told in ("the badge can take a few days to show"), and
 * reading them raised the eval's answer rate from 77% to 82% at the same precision.
 */
const MAX_ANSWER_CHARS = 1200;

export function profileEntry(entry: MatchableEntry): EntryProfile {
  const phrases = analysePhrases([entry.question, ...entry.aliases], 60);
  const titleTerms = new Set<string>();
  const pairs = new Set<string>();
  const intents = new Set<QuestionIntent>();
  for (const phrase of phrases) {
    for (const term of phrase.terms.keys()) titleTerms.add(term);
    for (const pair of adjacentPairs(phrase.sequence)) pairs.add(pair);
    for (const intent of phrase.intents) intents.add(intent);
  }
  for (const term of analyseTerms(entry.tags.join(" "), 40).terms.keys()) titleTerms.add(term);
  // Most of an answer, not all of a long one: past a screenful it costs more than it tells.
  const answerTerms = new Set(analyseTerms(entry.answer.slice(0, MAX_ANSWER_CHARS), 220).terms.keys());
  const phrasingText = `${entry.question} ${entry.aliases.join(" ")}`;
  return { phrases, titleTerms, pairs, intents, answerTerms, phrasingText };
}

/** "a b" for each neighbouring pair of different terms, in order. */
export function adjacentPairs(sequence: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let index = 1; index < sequence.length; index += 1) {
    const first = sequence[index - 1];
    const second = sequence[index];
    if (first !== undefined && second !== undefined && first !== second) pairs.push(`${first} ${second}`);
  }
  return pairs;
}
