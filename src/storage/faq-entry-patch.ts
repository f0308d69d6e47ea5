import type { FaqContent, FaqEntry, FaqEntryPatch } from "../core/faq/types.js";
import { FAQ_CONTENT_KEYS } from "../core/faq/types.js";

// Edit bookkeeping both engines' entry stores share (they differ only in how they write the rows).

const EDITABLE_KEYS = FAQ_CONTENT_KEYS.filter(
  (key): key is Exclude<keyof FaqContent, "slug"> => key !== "slug",
);

/** The patch's fields over the current content; `null` clears owner and review date. */
export function applyPatch(current: FaqContent, patch: FaqEntryPatch): FaqContent {
  const next = { ...current };
  for (const key of EDITABLE_KEYS) {
    if (patch[key] !== undefined) Object.assign(next, { [key]: patch[key] });
  }
  return next;
}

export function changedFields(before: FaqContent, after: FaqContent): string[] {
  return EDITABLE_KEYS.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/** True when the caller read an older version than the current one. */
export function isStale(current: FaqEntry, expectedVersion: number | undefined): boolean {
  return expectedVersion !== undefined && expectedVersion !== current.version;
}
