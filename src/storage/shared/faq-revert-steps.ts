import { and, type Column, eq } from "drizzle-orm";
import {
  type FaqContent,
  type FaqEditOutcome,
  type FaqEntry,
  type FaqResult,
  type FaqRevisedText,
  pickFaqContent,
  pickRevisedText,
} from "../../core/faq/types.js";
import type { FaqStatusChange } from "../../ports/faq-entry-store.js";
import { isStale } from "../faq-entry-patch.js";
import type { AuditEvent } from "./audit-row.js";

/**
 * What a revert decides before it reads the revision: an answer already (missing entry, stale
 * version, or the version asked for is current), or the entry to revert.
 */
export function revertStart(
  current: FaqEntry | null,
  change: FaqStatusChange,
  version: number,
): { answer: FaqResult<FaqEditOutcome> } | { current: FaqEntry } {
  if (!current) return { answer: { ok: false, code: "not-found" } };
  if (isStale(current, change.expectedVersion)) return { answer: { ok: false, code: "conflict", current } };
  if (version === current.version) return { answer: { ok: true, value: { entry: current, changed: false } } };
  return { current };
}

type RevisionColumns = { entryId: Column; version: Column };

/** The revision row of `entryId` at `version`. */
export function revisionWhere(columns: RevisionColumns, entryId: number, version: number) {
  return and(eq(columns.entryId, entryId), eq(columns.version, version));
}

/** The content a revert writes (the revision's text over the current entry) and the reason it records. */
export function revertedContent(
  current: FaqEntry,
  revision: FaqRevisedText,
  version: number,
  change: FaqStatusChange,
): { next: FaqContent; reason: string } {
  return {
    next: { ...pickFaqContent(current), ...pickRevisedText(revision) },
    reason: change.reason?.trim() || `revert to version ${version}`,
  };
}

/** The audit event of a revert that changed the entry. */
export function revertAudit(
  slug: string,
  current: FaqEntry,
  outcome: FaqEditOutcome,
  version: number,
  reason: string,
): AuditEvent {
  return {
    action: "faq.revert",
    target: slug,
    detail: { fromVersion: current.version, toVersion: outcome.entry.version, revertedTo: version, reason },
  };
}
