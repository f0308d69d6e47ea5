import type { AnalysedText } from "./analyse-text.js";
import type { EntryProfile } from "./entry-profile.js";

/**
 * Members type fast ("requirments", "ratd", "disapeared"). A message term that no candidate knows
 * is replaced by the one candidate term it is a single edit away from (two for long words), so
 * the typo counts as the word meant. Only unknown terms are touched, only against the candidates'
 * own vocabulary, and only when exactly one term is that close: a correction never overrides a word
 * the FAQ knows, and an ambiguous typo stays as it is.
 */
const MIN_LENGTH = 4;
const LONG_WORD = 8;

export function correctTypos(query: AnalysedText, profiles: readonly EntryProfile[]): AnalysedText {
  const known = (term: string) =>
    profiles.some((profile) => profile.titleTerms.has(term) || profile.answerTerms.has(term));
  const unknown = [...query.terms.keys()].filter(
    (term) => term.length >= MIN_LENGTH && !/\d/.test(term) && !known(term),
  );
  if (unknown.length === 0) return query;
  const vocabulary = new Set<string>();
  for (const profile of profiles) for (const term of profile.titleTerms) vocabulary.add(term);
  const words = [...vocabulary];
  const replacements = new Map<string, string>();
  for (const term of unknown) {
    const allowed = term.length >= LONG_WORD ? 2 : 1;
    // The one known word close enough, if exactly one is (two would make the fix a guess).
    let close: string | undefined;
    let closeCount = 0;
    for (const candidate of words) {
      if (Math.abs(candidate.length - term.length) > allowed) continue;
      if (editDistance(term, candidate, allowed) > allowed) continue;
      close = candidate;
      closeCount += 1;
      if (closeCount > 1) break;
    }
    if (closeCount === 1 && close !== undefined) replacements.set(term, close);
  }
  if (replacements.size === 0) return query;
  const terms = new Map<string, number>();
  for (const [term, weight] of query.terms) {
    const corrected = replacements.get(term) ?? term;
    terms.set(corrected, Math.max(weight, terms.get(corrected) ?? 0));
  }
  let totalWeight = 0;
  for (const weight of terms.values()) totalWeight += weight;
  const sequence = query.sequence.map((term) => replacements.get(term) ?? term);
  return { ...query, terms, totalWeight, sequence };
}

/** Optimal string alignment distance (a swap of neighbours is one edit), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_unused, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previousPrevious[j - 2] ?? 0) + 1);
      }
      current.push(value);
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}
