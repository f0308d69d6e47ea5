import { sql } from "drizzle-orm";
import type { FaqCandidate, ScannedFaqCandidate } from "../../core/faq/types.js";
import type { FaqCandidateScan } from "../../ports/faq-candidate-scan.js";
import { stringList } from "../sqlite/faq-rows.js";
import type { PostgresHandle } from "./postgres-handle.js";
import { tsqueryFromMatchExpression } from "./tsquery-from-match-expression.js";

type CandidateRow = {
  slug: string;
  question: string;
  answer: string;
  aliases: unknown;
  tags: unknown;
  sources: unknown;
  criteria: unknown;
  reviewBy: string | null;
  updatedAt: string;
};

const columns = sql.raw(
  `slug, question, answer, aliases, tags, sources, criteria, review_by AS "reviewBy", updated_at AS "updatedAt"`,
);

/** ts_rank's weights for D, C, B, A: FTS5's rank 1, 3, 8, 10 (answer, tags, aliases, question) over 10. */
const rankWeights = "{0.1, 0.3, 0.8, 1.0}";

/**
 * The full-text first cut over faq_entries.search (GIN-indexed). The scan takes the first `limit`
 * matches in id order, as FTS5 yields its rowids, so both engines hand the re-ranking in
 * src/core/faq the same candidates; the ranked variant orders by ts_rank (negated, so that lower
 * is better like bm25; the numbers are not comparable across engines, only the order is).
 */
export function createPostgresFaqCandidateScan({ db }: Pick<PostgresHandle, "db">): FaqCandidateScan {
  const matches = (community: string, expression: string) =>
    sql`community_id = ${community} AND status = 'published'
      AND search @@ to_tsquery('gigdesk_fts', ${tsqueryFromMatchExpression(expression)})`;
  return {
    async scanCandidates(community, matchExpression, limit): Promise<ScannedFaqCandidate[]> {
      const rows = Math.floor(limit);
      if (!(rows > 0) || matchExpression.trim() === "") return [];
      // migrations/postgres/0006: two bounded steps, so no estimate can send it through every row.
      const query = tsqueryFromMatchExpression(matchExpression);
      const result = await db.execute<CandidateRow>(
        sql`SELECT ${columns} FROM gigdesk_first_matches(${community}, to_tsquery('gigdesk_fts', ${query}), ${rows}) ORDER BY id`,
      );
      return result.rows.map(candidateFromRow);
    },

    async findCandidates(community, matchExpression, limit): Promise<FaqCandidate[]> {
      const rows = Math.floor(limit);
      if (!(rows > 0) || matchExpression.trim() === "") return [];
      const query = tsqueryFromMatchExpression(matchExpression);
      const result = await db.execute<CandidateRow & { rank: number }>(sql`
        SELECT ${columns}, ts_rank(${rankWeights}::float4[], search, to_tsquery('gigdesk_fts', ${query})) AS rank
        FROM faq_entries WHERE ${matches(community, matchExpression)}
        ORDER BY rank DESC, id LIMIT ${rows}`);
      return result.rows.map(({ rank, ...row }) => ({ ...candidateFromRow(row), bm25: -Number(rank) }));
    },
  };
}

function candidateFromRow(row: CandidateRow): ScannedFaqCandidate {
  return {
    slug: row.slug,
    question: row.question,
    answer: row.answer,
    aliases: stringList(row.aliases),
    tags: stringList(row.tags),
    sources: stringList(row.sources),
    criteria: stringList(row.criteria),
    reviewBy: row.reviewBy,
    updatedAt: row.updatedAt,
  };
}
