import { weightOf } from "./analyse-text.js";
import { buildAllOfMatchExpression, buildMatchExpression } from "./build-match-expression.js";

/**
 * How the bounded first cut relaxes a strict query. FTS5 scans stop after their limit in index
 * (insertion) order, so an "any word" scan favours old entries; the strict scans ("every concept")
 * are what find the right entry wherever it sits in the index. A single concept the FAQ has no word
 * for ("relate", "maternity") empties a strict scan, so:
 *
 * 1. the strict scan asks for every concept;
 * 2. when it finds nothing, each concept is probed with a one-row scan, the concepts no entry
 *    contains are dropped, and the strict scan asks for the remaining ones.
 *
 * ("All concepts but one" scans were tried as a third step: they cost more than the two steps
 * together, 2-3 ms each at 10,000 entries, and changed no eval result.)
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

/**
 * The two concepts that say most about the topic, in message order: the heaviest words first (the
 * generic-word table weighs "client" or "contract" down), and among equals a concept the synonyms
 * table expanded ("top rated", "jss"), since those are the field's own names. When no entry has
 * every known concept, these two still find the entries about the topic wherever they sit in the
 * index, where the any-word scan only reads the oldest matches.
 */
export function leadingConcepts(groups: readonly (readonly string[])[]): (readonly string[])[] {
  const weighed = groups.map((group, order) => ({
    group,
    order,
    weight: Math.max(0, ...group.map(weightOf)) + (group.length > 1 ? 0.5 : 0),
  }));
  weighed.sort((a, b) => b.weight - a.weight || a.order - b.order);
  return weighed
    .slice(0, 2)
    .sort((a, b) => a.order - b.order)
    .map(({ group }) => group);
}
