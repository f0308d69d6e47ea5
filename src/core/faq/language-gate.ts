import { type LanguageCode, readsAsEnglish } from "./detect-language.js";
import { type EntryProfile, entryLanguage } from "./entry-profile.js";

/**
 * Which candidates a message may be matched against, given its language. English (or text too
 * short to tell) is matched against everything. A message in another language is matched only
 * against entries written in that language; when the first cut found none, the matcher cannot read
 * the message and the thread reply stays silent with reason "language" rather than guessing from
 * the borrowed words and numbers it shares with English entries.
 */
export interface LanguageGate {
  language: LanguageCode;
  /** False when the message is in a language none of the candidates is written in. */
  readable: boolean;
  /** Indexes of the candidates to rank. */
  keep: number[];
}

export function gateByLanguage(language: LanguageCode, profiles: readonly EntryProfile[]): LanguageGate {
  const all = profiles.map((_profile, index) => index);
  if (readsAsEnglish(language)) return { language, readable: true, keep: all };
  const same = all.filter((index) => entryLanguage(profiles[index] as EntryProfile) === language);
  return { language, readable: same.length > 0, keep: same };
}
