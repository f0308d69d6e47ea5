import type { ThreadReplyStore } from "../../ports/thread-reply-store.js";
import { NOT_GAPS, type UnansweredListRow, unansweredListItem } from "../shared/unanswered-rows.js";
import type { SqliteHandle } from "./sqlite-handle.js";

const notGapList = NOT_GAPS.map((reason) => `'${reason}'`).join(", ");

/**
 * /faq unanswered and /faq teach over unanswered_questions. A wording asked several times is one
 * line; SQLite takes the other columns of a `max(id)` group from that newest row.
 */
export function unansweredQuestionQueries({
  sqlite,
  write,
}: Pick<SqliteHandle, "sqlite" | "write">): Pick<
  ThreadReplyStore,
  "listUnanswered" | "findUnanswered" | "markTaught"
> {
  const list = sqlite.prepare<[string, number], UnansweredListRow>(`
    SELECT max(id) AS id, text, normalised_text, reason, best_slug, best_confidence,
           count(*) AS count, max(created_at) AS last_asked_at
    FROM unanswered_questions
    WHERE community_id = ? AND taught_slug IS NULL AND reason NOT IN (${notGapList})
    GROUP BY normalised_text
    ORDER BY max(id) DESC
    LIMIT ?`);
  const one = sqlite.prepare<[string, number], UnansweredListRow & { taught_slug: string | null }>(`
    SELECT id, text, normalised_text, reason, best_slug, best_confidence, 1 AS count,
           created_at AS last_asked_at, taught_slug
    FROM unanswered_questions WHERE community_id = ? AND id = ?`);
  const teach = sqlite.prepare<[string, string, string, string]>(`
    UPDATE unanswered_questions SET taught_slug = ?, taught_at = ?
    WHERE community_id = ? AND normalised_text = ? AND taught_slug IS NULL`);
  return {
    async listUnanswered(community, limit) {
      return list.all(community, limit).map(unansweredListItem);
    },
    async findUnanswered(community, id) {
      const row = one.get(community, id);
      return row ? { ...unansweredListItem(row), taughtSlug: row.taught_slug } : null;
    },
    async markTaught(community, normalisedText, slug, at) {
      const result = await write(() => teach.run(slug, at.toISOString(), community, normalisedText));
      return result.changes;
    },
  };
}
