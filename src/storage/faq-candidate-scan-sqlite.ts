import type BetterSqlite3 from "better-sqlite3";
import type { FaqCandidateScan, ScannedFaqCandidate } from "../ports/faq-candidate-scan.js";
import { stringList } from "./faq-rows.js";

interface ScannedRow {
  slug: string;
  question: string;
  answer: string;
  aliases: string;
  tags: string;
  sources: string;
  criteria: string;
  review_by: string | null;
  updated_at: string;
}

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
  const entryById = sqlite.prepare<[number], ScannedRow>(`
    SELECT slug, question, answer, aliases, tags, sources, criteria, review_by, updated_at
    FROM faq_entries
    WHERE id = ? AND status = 'published'`);
  return {
    scanCandidates(matchExpression: string, limit: number): ScannedFaqCandidate[] {
      if (limit <= 0 || matchExpression.trim() === "") return [];
      const rows: ScannedRow[] = [];
      for (const { id } of matchingIds.all(matchExpression, limit)) {
        const row = entryById.get(id);
        if (row) rows.push(row);
      }
      return rows.map((row) => ({
        slug: row.slug,
        question: row.question,
        answer: row.answer,
        aliases: stringList(row.aliases),
        tags: stringList(row.tags),
        sources: stringList(row.sources),
        criteria: stringList(row.criteria),
        reviewBy: row.review_by,
        updatedAt: row.updated_at,
      }));
    },
  };
}
