import { sql } from "drizzle-orm";
import type { UnansweredListItem, UnansweredReason } from "../../core/faq/thread-reply-types.js";

/** Reasons that say nothing about gaps in the FAQ, left out of the moderators' lists. */
export const NOT_GAPS: readonly UnansweredReason[] = ["not-a-question", "bot-author", "not-addressed"];
/** NOT_GAPS as bound parameters, for a `reason NOT IN (...)` clause. */
export const notGapReasons = sql.join(
  NOT_GAPS.map((reason) => sql`${reason}`),
  sql`, `,
);

/**
 * One line of the unanswered list as both engines' raw SQL selects it (snake_case columns). A type,
 * not an interface, so it meets node-postgres' Record<string, unknown> row constraint.
 */
export type UnansweredListRow = {
  id: number;
  text: string;
  normalised_text: string;
  reason: string;
  best_slug: string | null;
  best_confidence: number | null;
  /** count(*): a number on SQLite, a bigint that node-postgres hands over as a string. */
  count: string | number;
  last_asked_at: string;
};

export function unansweredListItem(row: UnansweredListRow): UnansweredListItem {
  return {
    id: row.id,
    text: row.text,
    normalisedText: row.normalised_text,
    reason: row.reason as UnansweredReason,
    bestSlug: row.best_slug,
    bestConfidence: row.best_confidence,
    count: Number(row.count),
    lastAskedAt: row.last_asked_at,
  };
}
