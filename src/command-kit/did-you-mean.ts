/** Optimal-string-alignment distance: typos, dropped letters and swapped neighbours each cost 1. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table: number[] = new Array(rows * cols).fill(0);
  const at = (i: number, j: number) => table[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) table[i * cols] = i;
  for (let j = 0; j < cols; j++) table[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      table[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The closest known name to what was typed, or undefined when nothing is close enough to be a
 * plausible typo (a third of the word, at least 1, at most 3 edits), or a prefix of it.
 */
export function closestName(typed: string, known: readonly string[]): string | undefined {
  const needle = typed.toLowerCase().slice(0, 64);
  if (needle.length === 0) return undefined;
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    if (name.startsWith(needle) && needle.length >= 2) return name;
    const distance = editDistance(needle, name);
    if (!best || distance < best.distance) best = { name, distance };
  }
  if (!best) return undefined;
  const allowed = Math.min(3, Math.max(1, Math.floor(best.name.length / 3)));
  return best.distance <= allowed ? best.name : undefined;
}
