/** How often the matcher's top entry was one entry when another was meant, most frequent first. */
export interface Confusion {
  expected: string;
  got: string;
  count: number;
}

export function confusions(pairs: readonly { expected: string; got: string }[]): Confusion[] {
  const counts = new Map<string, Confusion>();
  for (const { expected, got } of pairs) {
    if (expected === got) continue;
    const key = `${expected}\u0000${got}`;
    const current = counts.get(key) ?? { expected, got, count: 0 };
    current.count += 1;
    counts.set(key, current);
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || a.expected.localeCompare(b.expected) || a.got.localeCompare(b.got),
  );
}
