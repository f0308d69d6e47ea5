import type { FaqContent } from "../types.js";

/** An entry already in the database, as the import plan compares it. */
export interface ExistingFaqEntry extends FaqContent {
  status: "published" | "archived";
}

export interface FaqImportPlan {
  add: FaqContent[];
  /** Entries whose text differs, or archived entries the file brings back. */
  change: FaqContent[];
  unchanged: string[];
  /** Published slugs missing from the file; only filled with `replace`. */
  archive: string[];
}

/**
 * Decides what an import does, before anything is written: upsert by slug, and with `replace`
 * archive every published entry the file does not name (archived, not deleted, so history stays).
 */
export function planFaqImport(
  existing: ReadonlyMap<string, ExistingFaqEntry>,
  incoming: readonly FaqContent[],
  replace: boolean,
): FaqImportPlan {
  const plan: FaqImportPlan = { add: [], change: [], unchanged: [], archive: [] };
  const named = new Set<string>();
  for (const entry of incoming) {
    named.add(entry.slug);
    const current = existing.get(entry.slug);
    if (!current) plan.add.push(entry);
    else if (current.status === "archived" || !sameContent(current, entry)) plan.change.push(entry);
    else plan.unchanged.push(entry.slug);
  }
  if (replace) {
    for (const [slug, current] of existing) {
      if (current.status === "published" && !named.has(slug)) plan.archive.push(slug);
    }
    plan.archive.sort();
  }
  return plan;
}

/** Whether two entries say the same thing, field by field (list order matters: it is shown). */
export function sameContent(a: FaqContent, b: FaqContent): boolean {
  return (
    a.question === b.question &&
    a.answer === b.answer &&
    a.owner === b.owner &&
    a.reviewBy === b.reviewBy &&
    sameList(a.aliases, b.aliases) &&
    sameList(a.tags, b.tags) &&
    sameList(a.sources, b.sources) &&
    sameList(a.criteria, b.criteria)
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
