import type { FaqContent, FaqEntry } from "../../core/faq/types.js";

/** The entry a fresh insert stored: published, version 1, created and updated at `at`, unflagged. */
export function insertedEntryOf(id: number, entry: FaqContent, at: string): FaqEntry {
  return {
    id,
    ...entry,
    status: "published",
    version: 1,
    createdAt: at,
    updatedAt: at,
    reviewFlag: null,
  };
}

/**
 * The entry after `next` replaced `current`'s text: one version on, its slug kept (an edit never
 * renames), and any review flag cleared, since someone has just looked at it.
 */
export function replacedEntryOf(current: FaqEntry, next: FaqContent, at: string): FaqEntry {
  return {
    ...current,
    ...next,
    slug: current.slug,
    version: current.version + 1,
    updatedAt: at,
    reviewFlag: null,
  };
}
