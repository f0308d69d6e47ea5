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
  const entryById = sqlite.prepare<[number], CandidateRow & { version: number }>(
    `SELECT ${candidateColumns()}, version FROM faq_entries WHERE id = ? AND status = 'published'`,
  );
  const publishedVersion = sqlite.prepare<[number], { version: number }>(
    "SELECT version FROM faq_entries WHERE id = ? AND status = 'published'",
  );
  const recent = new RecentCandidates();
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
        const current = publishedVersion.get(id);
        if (!current) continue;
        const known = recent.get(id, current.version);
        if (known) {
          candidates.push(known);
          continue;
        }
        const row = entryById.get(id);
        if (!row) continue;
        const { version, ...fields } = row;
        const candidate = candidateFromRow(fields);
        recent.remember(id, version, candidate);
        candidates.push(candidate);
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

/** How many parsed candidates a scan keeps: the entries a community's questions keep meeting. */
const RECENT_CANDIDATES = 4096;

/**
 * Parsed candidates by entry id and version. The scan takes the first matches in id order, so
 * common words bring up the same entries for question after question; reading only the version
 * (a primary-key lookup of one integer) and reusing the parsed row saves copying its answer and
 * parsing its JSON lists again (about two thirds of a scan's cost at 10,000 entries). The key is
 * exact: ids are AUTOINCREMENT, never reused, and every change of an entry's text bumps its
 * version, in this process or another one on the same file.
 */
class RecentCandidates {
  private readonly byId = new Map<number, { version: number; candidate: ScannedFaqCandidate }>();

  get(id: number, version: number): ScannedFaqCandidate | undefined {
    const known = this.byId.get(id);
    return known?.version === version ? known.candidate : undefined;
  }

  remember(id: number, version: number, candidate: ScannedFaqCandidate): void {
    // Dropping the oldest insertion keeps the map bounded; a dropped entry is simply read again.
    if (this.byId.size >= RECENT_CANDIDATES && !this.byId.has(id)) {
      const oldest = this.byId.keys().next().value;
      if (oldest !== undefined) this.byId.delete(oldest);
    }
    this.byId.set(id, { version, candidate });
  }
}
