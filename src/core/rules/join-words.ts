/** "a", "a and b", "a, b and c": lists in replies read as a sentence. */
export function joinWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
