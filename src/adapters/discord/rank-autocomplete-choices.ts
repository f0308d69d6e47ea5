/** Discord shows at most 25 autocomplete choices. */
export const maxAutocompleteChoices = 25;

/**
 * Orders candidates for what the member has typed so far: exact match, then prefix matches, then
 * matches inside the word, each group alphabetical; case and separators (`-`, `_`, space) ignored.
 */
export function rankAutocompleteChoices(candidates: readonly string[], typed: string): string[] {
  const needle = normalise(typed);
  const scored: { value: string; rank: number }[] = [];
  for (const value of new Set(candidates)) {
    const haystack = normalise(value);
    const rank =
      needle === ""
        ? 2
        : haystack === needle
          ? 0
          : haystack.startsWith(needle)
            ? 1
            : haystack.includes(needle)
              ? 2
              : -1;
    if (rank >= 0) scored.push({ value, rank });
  }
  scored.sort((a, b) => a.rank - b.rank || a.value.localeCompare(b.value));
  return scored.slice(0, maxAutocompleteChoices).map((entry) => entry.value);
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[-_\s]+/g, "");
}
