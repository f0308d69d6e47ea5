import { contentFingerprint } from "../../core/faq/content-fingerprint.js";
import type { ExistingFaqEntry, FaqImportPlan } from "../../core/faq/import/plan-faq-import.js";
import {
  type FaqContent,
  type FaqEntry,
  type FaqImportOptions,
  type FaqImportOutcome,
  type FaqRevision,
  pickFaqContent,
} from "../../core/faq/types.js";
import type { StarterPackOutcome } from "../../ports/faq-transfer-store.js";
import type { AuditEvent } from "./audit-row.js";

/** The community's entries by slug, as the import plan compares them, each keeping its stored entry. */
export function importExistingOf(entries: readonly FaqEntry[]) {
  const existing = new Map<string, ExistingFaqEntry & { entry: FaqEntry }>();
  for (const entry of entries) {
    existing.set(entry.slug, { ...pickFaqContent(entry), status: entry.status, entry });
  }
  return existing;
}

/** What an import reports, by slug, before (or without) writing anything. */
export function importOutcomeOf(plan: FaqImportPlan): FaqImportOutcome {
  return {
    added: plan.add.map((entry) => entry.slug),
    changed: plan.change.map((entry) => entry.slug),
    unchanged: plan.unchanged,
    archived: plan.archive,
  };
}

/**
 * Counts the rows an import writes and tells `onProgress` every hundredth and the last, so a large
 * file shows progress without a callback per row.
 */
export function importProgress(plan: FaqImportPlan, onProgress: FaqImportOptions["onProgress"]) {
  const total = plan.add.length + plan.change.length + plan.archive.length;
  let done = 0;
  return {
    total,
    step: () => {
      done += 1;
      if (done % 100 === 0 || done === total) onProgress?.(done, total);
    },
  };
}

/** At most this many slugs per list in an import's audit row, so a huge file makes no huge row. */
const AUDITED_SLUGS = 5000;

/**
 * The audit entry for an import: how many entries each part of the plan touched, and which ones
 * (the slugs, bounded), so the log says what an import changed and not only how much.
 */
export function importAudit(replace: boolean, outcome: FaqImportOutcome): AuditEvent {
  const slugs = (list: string[]) => list.slice(0, AUDITED_SLUGS);
  return {
    action: "faq.import",
    target: "faq",
    detail: {
      replace,
      added: outcome.added.length,
      changed: outcome.changed.length,
      unchanged: outcome.unchanged.length,
      archived: outcome.archived.length,
      addedSlugs: slugs(outcome.added),
      changedSlugs: slugs(outcome.changed),
      archivedSlugs: slugs(outcome.archived),
    },
  };
}

/** The community's rows by slug, and its starter-pack copies by the pack slug they were made from. */
export function starterIndexes<Row extends { slug: string; starterSlug: string | null }>(
  rows: readonly Row[],
) {
  return {
    bySlug: new Map(rows.map((row) => [row.slug, row])),
    byStarter: new Map(rows.flatMap((row) => (row.starterSlug ? [[row.starterSlug, row] as const] : []))),
  };
}

/**
 * What a new pack text means for an existing copy whose last-seen pack text has fingerprint
 * `seen`: nothing, when the pack did not change; a correction, when nobody edited the copy since;
 * otherwise a flag, so a moderator's edit is never overwritten.
 */
export function starterCopyVerdict(
  seen: string,
  fingerprint: string,
  current: FaqEntry,
): "up-to-date" | "correct" | "flag" {
  if (seen === fingerprint) return "up-to-date";
  return contentFingerprint(pickFaqContent(current)) === seen ? "correct" : "flag";
}

/** The review note left on an edited copy whose pack text changed. */
export function starterFlagNote(now: Date): string {
  return `The starter pack's text of this entry changed on ${now.toISOString().slice(0, 10)}; a moderator edited this copy, so it was left as it is. Compare it with the pack (npm run faq -- export starter) and edit or confirm it.`;
}

/** The audit entry for a starter-pack run, or null when it changed nothing (nothing to log). */
export function starterPackAudit(outcome: StarterPackOutcome): AuditEvent | null {
  const changed = outcome.added.length + outcome.corrected.length + outcome.flagged.length;
  return changed > 0 ? { action: "faq.starter-pack", target: "faq", detail: { ...outcome } } : null;
}

/**
 * The text an entry had at version 1 (its `first` revision, when it has been edited since): for
 * copies made before fingerprints were kept, that is the starter-pack text they were made from.
 */
export function firstVersionContent(current: FaqContent, first: FaqRevision | null): FaqContent {
  return first ? { ...current, ...first, slug: current.slug, owner: current.owner } : current;
}
