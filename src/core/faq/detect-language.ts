import { stripChatMarkup } from "./normalise-text.js";

/**
 * Which language a message is written in, well enough to know whether the matcher can read it.
 * The matcher's synonyms, stop words, stemming and question forms are English; a Russian or Spanish
 * question only meets an English FAQ through borrowed words and numbers ("JSS", "Top Rated",
 * "13/16"), which is how it used to be answered from the wrong entry.
 *
 * Two signals, both cheap: the script (Cyrillic, Arabic, Devanagari, Han...) and, for text in Latin
 * letters, the little function words every sentence needs ("que", "ist", "yung", "hai"), which
 * differ between languages far more than topic words do. Text with too little to go on is "und"
 * (undetermined), and the caller treats it as English: a silence needs evidence.
 */
export type LanguageCode = string;

export const ENGLISH: LanguageCode = "en";
export const UNDETERMINED: LanguageCode = "und";

const SCRIPTS: ReadonlyArray<readonly [language: LanguageCode, pattern: RegExp]> = [
  ["ru", /\p{Script=Cyrillic}/u],
  ["ar", /\p{Script=Arabic}/u],
  ["he", /\p{Script=Hebrew}/u],
  ["el", /\p{Script=Greek}/u],
  ["hi", /\p{Script=Devanagari}/u],
  ["bn", /\p{Script=Bengali}/u],
  ["ja", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["zh", /\p{Script=Han}/u],
  ["ko", /\p{Script=Hangul}/u],
  ["th", /\p{Script=Thai}/u],
];

/** Letters only one Cyrillic language uses: і ї є ґ are Ukrainian. */
const UKRAINIAN_LETTERS = /[іїєґ]/u;
/** Vietnamese writes tones on Latin letters; these combinations occur in no other common language. */
const VIETNAMESE_LETTERS = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u;

/**
 * Function words per language, none of them an English word (so "do", "no", "a", "per", "come",
 * "die" are left out). Hinglish (Hindi in Latin letters) and Tagalog are common in freelancer
 * communities and are written without any accent, so only their words give them away.
 */
const FUNCTION_WORDS: Readonly<Record<LanguageCode, string>> = {
  en: `the is are was were do does did how what why when where which my me i you your to of and for
    it in on can will would should if with get got have has had this that after be been not dont
    im ive its about there any much long many from or but just still anyone someone`,
  es: `el la los las del que qué es y en por para con cómo cuánto cuanto una un mi mis se si sí está
    esta son al lo le más pero porque cuenta tarda puedo tengo hay muy también cuando dónde cierra`,
  pt: `o os da das dos de que em para com não nao um uma meu minha é como quanto tempo leva você
    voce mais na nas ao pelo pela isso está tenho porque quando caiu selo`,
  fr: `le la les de des du est et un une pour que qui comment combien mon ma mes pas sur dans avec
    je vous ce cette sont peut pourquoi quand`,
  de: `der die das und ist nicht ich wie was warum wann mein meine es zu mit auf für ein eine bis
    dauert den dem sich auch oder wenn kann`,
  it: `il lo la gli di che è per un una quanto mio mia non del della fuori da costa sono perché
    quando cosa nel alla`,
  nl: `de het een en is van ik niet hoe wat waarom mijn je op voor met ook maar`,
  id: `yang dan di ke dari ini itu berapa lama setelah apa bagaimana saya untuk tidak bisa ada
    dengan sudah akan muncul syarat kenapa mengapa`,
  tl: `ang ng mga po ba ko ako sa yung paano bakit nawala ito kung hindi lang naman makuha ano`,
  tr: `ve bir bu ne kadar nasıl neden için mi mı mu mü benim çok değil sürede görünür zaman`,
  pl: `jest nie jak co się czy mój moja dlaczego ile jaki jaka obliczany kiedy`,
  "hi-Latn": `hai kya kaise kab kyu kyun mera meri mujhe nahi nahin hota hoti ke ki ko pe par bhai
    aata baad tak kitna kitne karna kar raha rahi hain`,
};

const WORD_SETS: ReadonlyArray<readonly [LanguageCode, ReadonlySet<string>]> = Object.entries(
  FUNCTION_WORDS,
).map(([language, words]) => [language, new Set(words.split(/\s+/).filter((word) => word !== ""))]);

/** Fewer letters than this in a script say nothing (an emoji name, a pasted symbol). */
const MIN_SCRIPT_LETTERS = 2;

const NON_ASCII = /[^ -~\t\n\r]/;

export function detectLanguage(text: string): LanguageCode {
  const stripped = stripChatMarkup(text);
  // Most messages are plain ASCII: no script to count, only the function words to read.
  if (!NON_ASCII.test(stripped))
    return byFunctionWords(
      stripped
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter(Boolean),
    );
  const prose = stripped.normalize("NFC").toLowerCase();
  const letters = prose.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return UNDETERMINED;
  const latin = (prose.match(/\p{Script=Latin}/gu) ?? []).length;
  // A script other than Latin that holds a good share of the letters decides on its own.
  for (const [language, pattern] of SCRIPTS) {
    const inScript = (prose.match(new RegExp(pattern.source, "gu")) ?? []).length;
    if (inScript >= MIN_SCRIPT_LETTERS && inScript >= 0.3 * letters.length) {
      if (language === "ru" && UKRAINIAN_LETTERS.test(prose)) return "uk";
      return language;
    }
  }
  if (latin === 0) return UNDETERMINED;
  if (VIETNAMESE_LETTERS.test(prose)) return "vi";
  return byFunctionWords(prose.split(/[^\p{L}]+/u).filter((word) => word !== ""));
}

function byFunctionWords(words: readonly string[]): LanguageCode {
  let best: LanguageCode = UNDETERMINED;
  let bestCount = 0;
  let englishCount = 0;
  for (const [language, set] of WORD_SETS) {
    let count = 0;
    for (const word of words) if (set.has(word)) count += 1;
    if (language === ENGLISH) englishCount = count;
    else if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  // Another language needs two of its words and more than English has: one borrowed "de" or
  // "la" in an English sentence is not enough.
  if (bestCount >= 2 && bestCount > englishCount) return best;
  return englishCount > 0 ? ENGLISH : UNDETERMINED;
}

/** English, or too little text to tell: what the matcher reads as it is. */
export function readsAsEnglish(language: LanguageCode): boolean {
  return language === ENGLISH || language === UNDETERMINED;
}
