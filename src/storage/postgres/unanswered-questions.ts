import { sql } from "drizzle-orm";
import type { ThreadReplyStore } from "../../ports/thread-reply-store.js";
import {
  notGapReasons as notGaps,
  type UnansweredListRow,
  unansweredListItem,
} from "../shared/unanswered-rows.js";
import type { PostgresHandle } from "./postgres-handle.js";

/**
 * /faq unanswered and /faq teach over PostgreSQL. A wording asked several times is one line, shown
 * with its newest row's columns: SQLite picks them with a bare `max(id)`; here the group finds the
 * newest id and a join reads that row.
 */
export function unansweredQuestionQueries({
  db,
}: Pick<PostgresHandle, "db">): Pick<ThreadReplyStore, "listUnanswered" | "findUnanswered" | "markTaught"> {
  return {
    async listUnanswered(community, limit) {
      const result = await db.execute<UnansweredListRow>(sql`
        WITH wordings AS (
          SELECT max(id) AS id, count(*) AS count, max(created_at) AS last_asked_at
          FROM unanswered_questions
          WHERE community_id = ${community} AND taught_slug IS NULL AND reason NOT IN (${notGaps})
          GROUP BY normalised_text
          ORDER BY max(id) DESC
          LIMIT ${limit})
        SELECT u.id, u.text, u.normalised_text, u.reason, u.best_slug, u.best_confidence,
               w.count, w.last_asked_at
        FROM wordings AS w JOIN unanswered_questions AS u ON u.id = w.id
        ORDER BY w.id DESC`);
      return result.rows.map(unansweredListItem);
    },
    async findUnanswered(community, id) {
      const result = await db.execute<UnansweredListRow & { taught_slug: string | null }>(sql`
        SELECT id, text, normalised_text, reason, best_slug, best_confidence, 1 AS count,
               created_at AS last_asked_at, taught_slug
        FROM unanswered_questions WHERE community_id = ${community} AND id = ${id}`);
      const row = result.rows[0];
      return row ? { ...unansweredListItem(row), taughtSlug: row.taught_slug } : null;
    },
    async markTaught(community, normalisedText, slug, at) {
      const result = await db.execute(sql`
        UPDATE unanswered_questions SET taught_slug = ${slug}, taught_at = ${at.toISOString()}
        WHERE community_id = ${community} AND normalised_text = ${normalisedText} AND taught_slug IS NULL`);
      return result.rowCount ?? 0;
    },
  };
}
