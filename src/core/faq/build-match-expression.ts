/**
 * Builds an FTS5 MATCH expression from words, never from raw text: every word is reduced to
 * letters and digits, wrapped in double quotes (so NEAR, AND, OR, NOT, `*`, `-`, `^`, `:` and
 * parentheses are plain strings to FTS5), and the words are OR-joined. An empty string means
 * "nothing to search"; callers skip the query rather than sending an empty MATCH (a syntax error).
 */

const SAFE_WORD = /^[\p{L}\p{N}]+$/u;
/** A prefix query on a short word expands to a large part of the vocabulary. */
const MIN_PREFIX_LENGTH = 5;

export interface MatchExpressionOptions {
  /** Most words to include; the first ones win (callers put the most telling first). */
  maxWords?: number;
  /** Adds a prefix form (`"word"*`) for long words, to catch truncated or compound forms. */
  prefix?: boolean;
}

export function buildMatchExpression(words: readonly string[], options: MatchExpressionOptions = {}): string {
  const maxWords = options.maxWords ?? 24;
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const raw of words) {
    if (parts.length >= maxWords) break;
    const word = raw.normalize("NFKC").toLowerCase();
    // Anything but letters and digits never reaches FTS5, whatever the caller passed.
    if (!SAFE_WORD.test(word) || seen.has(word)) continue;
    seen.add(word);
    parts.push(options.prefix === true && word.length >= MIN_PREFIX_LENGTH ? `"${word}"*` : `"${word}"`);
  }
  return parts.join(" OR ");
}

/**
 * A strict expression: every concept must match, a concept being any of its words, e.g.
 * `("jss" OR "job" OR "success" OR "score") AND "refund"`. Used first because it matches few
 * entries, and those few are usually the right ones. Concepts after `maxGroups` are left out
 * (every extra AND makes an empty result likelier and the scan longer).
 */
export function buildAllOfMatchExpression(groups: readonly (readonly string[])[], maxGroups = 6): string {
  const parts: string[] = [];
  for (const group of groups) {
    if (parts.length >= maxGroups) break;
    const alternatives = buildMatchExpression(group, { maxWords: 6 });
    if (alternatives === "") continue;
    parts.push(alternatives.includes(" OR ") ? `(${alternatives})` : alternatives);
  }
  return parts.length < 2 ? "" : parts.join(" AND ");
}
