import type { FaqImportOutcome } from "../../core/faq/types.js";

/** Slugs per outcome an import's audit row names; counts are always complete. */
export const AUDITED_SLUGS = 5000;

/**
 * The `faq.import` audit row's detail, the same on both engines: the counts, and which entries the
 * import touched (bounded, so that a 100,000-entry file does not make one audit row of megabytes).
 */
export function importAuditDetail(replace: boolean, outcome: FaqImportOutcome) {
  const slugs = (list: string[]) => list.slice(0, AUDITED_SLUGS);
  return {
    replace,
    added: outcome.added.length,
    changed: outcome.changed.length,
    unchanged: outcome.unchanged.length,
    archived: outcome.archived.length,
    addedSlugs: slugs(outcome.added),
    changedSlugs: slugs(outcome.changed),
    archivedSlugs: slugs(outcome.archived),
  };
}
