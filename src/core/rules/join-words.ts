/** "a", "a and b", "a, b and c" (or "a, b or c"): lists in replies read as a sentence. */
export function joinWords(parts: readonly string[], conjunction: "and" | "or" = "and"): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} ${conjunction} ${parts.at(-1)}`;
}
