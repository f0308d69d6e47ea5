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
