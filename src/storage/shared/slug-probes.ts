import { buildMatchExpression } from "../../core/faq/build-match-expression.js";

/** The most words of a typed slug that the word probe uses (one clause per word left out). */
const maxProbeWords = 6;

/**
 * What slugsNear reads, the same on both engines: the slug order both ways from what was typed
 * (`share` rows each way), the slug order from each of its word prefixes ("top-", "top-rated-"),
 * which finds typos late in a slug, and the full-text index for entries having all but one of its
 * words, which finds a typo early in a slug.
 */
export interface SlugProbes {
  needle: string;
  share: number;
  prefixes: string[];
  /** A full-text match expression; "" when the slug has too few words for that probe. */
  allButOneWord: string;
}

/** The probes for `typed`, or null when nothing is to be read (nothing typed, or no rows wanted). */
export function slugProbesOf(typed: string, limit: number): SlugProbes | null {
  const needle = typed.trim().toLowerCase();
  if (needle === "" || limit <= 0) return null;
  const words = needle.split("-").filter((word) => word !== "");
  const prefixes: string[] = [];
  for (let end = 1; end < Math.min(words.length, maxProbeWords); end++) {
    prefixes.push(`${words.slice(0, end).join("-")}-`);
  }
  return {
    needle,
    share: Math.max(1, Math.floor(limit / 4)),
    prefixes,
    allButOneWord: allButOneWord(words.slice(0, maxProbeWords)),
  };
}

/** The probes' finds, each once, in slug order, at most `limit`. */
export function nearestSlugs(found: Iterable<string>, limit: number): string[] {
  return [...new Set(found)].sort().slice(0, limit);
}

/** `("b" AND "c") OR ("a" AND "c") OR ("a" AND "b")` for a-b-c; each word quoted by the one builder. */
function allButOneWord(words: readonly string[]): string {
  const quoted = words.map((word) => buildMatchExpression([word])).filter((word) => word !== "");
  if (quoted.length < 2) return "";
  return quoted
    .map((_, left) => `(${quoted.filter((_, index) => index !== left).join(" AND ")})`)
    .join(" OR ");
}
