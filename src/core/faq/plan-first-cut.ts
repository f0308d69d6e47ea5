import { buildAllOfMatchExpression, buildMatchExpression } from "./build-match-expression.js";

/**
 * How the bounded first cut relaxes a strict query. FTS5 scans stop after their limit in index
 * (insertion) order, so an "any word" scan favours old entries; the strict scans ("every concept")
 * are what find the right entry wherever it sits in the index. A single concept the FAQ has no word
 * for ("relate", "maternity") empties a strict scan, so:
 *
 * 1. each concept is probed with a one-row scan, and concepts no entry contains are dropped;
 * 2. the strict scan asks for every remaining concept;
 * 3. when that finds few entries, one scan per concept left out ("all but one") catches the entries
 *    that miss a single word of the message.
 *
 * Every step is a bounded scan, so the cost stays flat however large the FAQ grows.
 */

/** Concepts probed, and the most that take part in a strict scan (every AND narrows and costs). */
export const MAX_PROBED_CONCEPTS = 8;
export const MAX_STRICT_CONCEPTS = 6;

/** One probe expression per concept (its words OR-ed), "" for a concept with nothing searchable. */
export function conceptProbes(groups: readonly (readonly string[])[]): string[] {
  return groups.slice(0, MAX_PROBED_CONCEPTS).map((group) => buildMatchExpression(group, { maxWords: 6 }));
}

/** The concepts the probes found in the FAQ, in message order (unprobed ones are kept). */
export function knownConcepts(
  groups: readonly (readonly string[])[],
  probeHits: readonly boolean[],
): (readonly string[])[] {
  return groups.filter((_group, index) => index >= MAX_PROBED_CONCEPTS || probeHits[index] === true);
}

export function strictExpression(concepts: readonly (readonly string[])[]): string {
  return buildAllOfMatchExpression(concepts, MAX_STRICT_CONCEPTS);
}

/** "Every concept but one", once for each concept, when there are at least three to begin with. */
export function allButOneExpressions(concepts: readonly (readonly string[])[]): string[] {
  const used = concepts.slice(0, MAX_STRICT_CONCEPTS);
  if (used.length < 3) return [];
  return used
    .map((_concept, left) =>
      buildAllOfMatchExpression(
        used.filter((_c, index) => index !== left),
        MAX_STRICT_CONCEPTS,
      ),
    )
    .filter((expression) => expression !== "");
}
