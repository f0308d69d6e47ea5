import type { FaqCandidate, ScannedFaqCandidate } from "../../core/faq/types.js";
import type { FaqCandidateScan } from "../../ports/faq-candidate-scan.js";
import { type CandidateRow, candidateColumns, candidateFromRow } from "./faq-rows.js";
import { communityKeys, inCommunity } from "./fts-community.js";
import type { SqliteHandle } from "./sqlite-handle.js";

/** Rows the ranked FTS first cut returns before the lists are parsed. */
type RankedCandidateRow = CandidateRow & { bm25: number };

/**
 * Reads the FAQ's FTS5 index (faq_fts, kept in step with faq_entries by the migration's
 * triggers). The scan's inner query yields rowids in index order and stops at the limit, so
 * neither bm25 nor a sort touches the rest of the matches.
 */
export function createSqliteFaqCandidateScan({ sqlite }: Pick<SqliteHandle, "sqlite">): FaqCandidateScan {
  const matchingIds = sqlite.prepare<[string, number], { id: number }>(
    "SELECT rowid AS id FROM faq_fts WHERE faq_fts MATCH ? LIMIT ?",
  );
  const communityKey = communityKeys(sqlite);
  // One primary-key lookup per id: a set-valued IN over a JSON list made SQLite scan the table.
  const entryById = sqlite.prepare<[number], CandidateRow>(
    `SELECT ${candidateColumns()} FROM faq_entries WHERE id = ? AND status = 'published'`,
  );
  // Ordered by the rank the migration configured (bm25 with question and aliases weighted up). The
  // FTS subquery picks the best rowids first, so the join touches only `limit` entries.
  const rankedStatement = sqlite.prepare<[string, number], RankedCandidateRow>(`
    SELECT ${candidateColumns("e")}, m.rank AS bm25
    FROM (SELECT rowid AS id, rank FROM faq_fts WHERE faq_fts MATCH ? ORDER BY rank LIMIT ?) AS m
    JOIN faq_entries AS e ON e.id = m.id
    WHERE e.status = 'published'
    ORDER BY m.rank`);

  return {
    async scanCandidates(community, matchExpression, limit): Promise<ScannedFaqCandidate[]> {
      const scoped = inCommunity(communityKey(community), matchExpression);
      if (limit <= 0 || scoped === null) return [];
      const candidates: ScannedFaqCandidate[] = [];
      for (const { id } of matchingIds.all(scoped, limit)) {
        const row = entryById.get(id);
        if (row) candidates.push(candidateFromRow(row));
      }
      return candidates;
    },

    async findCandidates(community, matchExpression, limit): Promise<FaqCandidate[]> {
      const rows = Math.floor(limit);
      const scoped = inCommunity(communityKey(community), matchExpression);
      if (!(rows > 0) || scoped === null) return [];
      return rankedStatement
        .all(scoped, rows)
        .map(({ bm25, ...row }) => ({ ...candidateFromRow(row), bm25 }));
    },
  };
}
