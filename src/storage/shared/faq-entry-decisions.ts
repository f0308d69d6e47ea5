import type { FaqContent, FaqEditOutcome, FaqEntry, FaqFailureCode } from "../../core/faq/types.js";
import { changedFields, isStale } from "../faq-entry-patch.js";
import type { AuditEvent } from "./audit-row.js";

type Refusal = { ok: false; code: FaqFailureCode; current?: FaqEntry };

type Editable = { ok: true; value: FaqEntry } | Refusal;

/** The entry, when it may be changed now; refused when it is missing or changed since the caller read it. */
export function editable(current: FaqEntry | null, expectedVersion: number | undefined): Editable {
  if (!current) return { ok: false, code: "not-found" };
  if (isStale(current, expectedVersion)) return { ok: false, code: "conflict", current };
  return { ok: true, value: current };
}

/** As editable, and also refused when the entry already has the status asked for. */
export function statusChangeable(
  current: FaqEntry | null,
  status: FaqEntry["status"],
  expectedVersion: number | undefined,
): Editable {
  const found = editable(current, expectedVersion);
  if (found.ok && found.value.status === status)
    return { ok: false, code: "wrong-state", current: found.value };
  return found;
}

/** The audit entry for archiving or restoring: visibility changes, so the version stays as it was. */
export function statusChangeAudit(
  current: FaqEntry,
  status: FaqEntry["status"],
  reason: string | null,
): AuditEvent {
  return {
    action: status === "archived" ? "faq.archive" : "faq.restore",
    target: current.slug,
    detail: { version: current.version, reason },
  };
}

export function addAudit(entry: FaqEntry): AuditEvent {
  return { action: "faq.add", target: entry.slug, detail: { version: entry.version } };
}

/** The audit entry for an edit that changed the text: the versions, the reason and which fields. */
export function editAudit(
  current: FaqEntry,
  next: FaqContent,
  outcome: FaqEditOutcome,
  reason: string,
): AuditEvent {
  return {
    action: "faq.edit",
    target: current.slug,
    detail: {
      fromVersion: current.version,
      toVersion: outcome.entry.version,
      reason,
      fields: changedFields(current, next),
    },
  };
}
