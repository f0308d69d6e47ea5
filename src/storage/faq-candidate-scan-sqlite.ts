import type BetterSqlite3 from "better-sqlite3";
import type { ScannedFaqCandidate } from "../core/faq/types.js";
import type { FaqCandidateScan } from "../ports/faq-candidate-scan.js";
import { type CandidateRow, candidateFromRow } from "./faq-rows.js";

/**
 * Reads the FAQ's FTS5 index (faq_fts, maintained by the FAQ store's triggers) without ranking:
 * the inner query yields rowids in index order and stops at the limit, so neither bm25 nor a
 * sort touches the rest of the matches.
 */
export function createSqliteFaqCandidateScan(sqlite: BetterSqlite3.Database): FaqCandidateScan {
  const matchingIds = sqlite.prepare<[string, number], { id: number }>(
    "SELECT rowid AS id FROM faq_fts WHERE faq_fts MATCH ? LIMIT ?",
  );
  // One primary-key lookup per id: a set-valued IN over a JSON list made SQLite scan the table.
  const entryById = sqlite.prepare<[number], CandidateRow>(`
    SELECT slug, question, answer, aliases, tags, sources, criteria, review_by, updated_at
    FROM faq_entries
    WHERE id = ? AND status = 'published'`);
  return {
    scanCandidates(matchExpression: string, limit: number): ScannedFaqCandidate[] {
      if (limit <= 0 || matchExpression.trim() === "") return [];
      const candidates: ScannedFaqCandidate[] = [];
      for (const { id } of matchingIds.all(matchExpression, limit)) {
        const row = entryById.get(id);
        if (row) candidates.push(candidateFromRow(row));
      }
      return candidates;
    },
  };
}
