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
  // The first `limit` matches in index (id) order, with the version of each that is published: one
  // statement per scan. The FTS subquery runs as a co-routine, so the join keeps its order and
  // touches only those rows (one integer each); asking per id cost a statement call per candidate.
  const publishedMatches = sqlite.prepare<[string, number], { id: number; version: number }>(`
    SELECT e.id AS id, e.version AS version
    FROM (SELECT rowid AS id FROM faq_fts WHERE faq_fts MATCH ? LIMIT ?) AS m
    JOIN faq_entries AS e ON e.id = m.id
    WHERE e.status = 'published'`);
  const communityKey = communityKeys(sqlite);
  // One primary-key lookup per id: a set-valued IN over a JSON list made SQLite scan the table.
  const entryById = sqlite.prepare<[number], CandidateRow & { version: number }>(
    `SELECT ${candidateColumns()}, version FROM faq_entries WHERE id = ? AND status = 'published'`,
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
      for (const { id, version: matchedVersion } of publishedMatches.all(scoped, limit)) {
        const known = recent.get(id, matchedVersion);
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

/**
 * What the parsed candidates a scan keeps may take, by the estimate below: about 6,000 entries of
 * the starter pack's size (answers of 500-900 characters), more than one community's questions
 * meet and enough for the entries shared words keep bringing up across a hundred communities. A
 * byte bound, not a count, because answers run from a line to pages: 4096 long entries could hold
 * tens of megabytes, 4096 one-liners a few hundred kilobytes.
 */
const RECENT_CANDIDATE_BYTES = 16 * 1024 * 1024;

/** Two bytes a character (V8's wide strings) plus the objects and arrays around them. */
function estimatedBytes(candidate: ScannedFaqCandidate): number {
  let characters = candidate.slug.length + candidate.question.length + candidate.answer.length;
  let strings = 3;
  for (const list of [candidate.aliases, candidate.tags, candidate.sources, candidate.criteria]) {
    for (const item of list) characters += item.length;
    strings += list.length;
  }
  return 2 * characters + 32 * strings + 256;
}

/**
 * Parsed candidates by entry id and version, least recently used first. The scan takes the first
 * matches in id order, so common words bring up the same entries for question after question;
 * reusing the parsed row saves copying its answer and parsing its JSON lists again (about two
 * thirds of a scan's cost at 10,000 entries). Over a hundred communities most reads miss whatever
 * the bound (a question and a community rarely meet twice: 12% hits at 4096 entries, 26% with no
 * bound, at 100,000 entries), so there the scan's cost is that of its cold reads. The key is
 * exact: ids are AUTOINCREMENT, never reused, and every change of an entry's text bumps its
 * version, in this process or another one on the same file.
 */
class RecentCandidates {
  private readonly byId = new Map<
    number,
    { version: number; candidate: ScannedFaqCandidate; bytes: number }
  >();
  private bytes = 0;

  get(id: number, version: number): ScannedFaqCandidate | undefined {
    const known = this.byId.get(id);
    if (known?.version !== version) return undefined;
    // Moved to the back of the Map's order: an entry in use stays, one no question meets goes first.
    this.byId.delete(id);
    this.byId.set(id, known);
    return known.candidate;
  }

  remember(id: number, version: number, candidate: ScannedFaqCandidate): void {
    this.forget(id);
    const bytes = estimatedBytes(candidate);
    this.byId.set(id, { version, candidate, bytes });
    this.bytes += bytes;
    // Dropping the least recently used keeps the estimate bounded; a dropped entry is read again.
    for (const oldest of this.byId.keys()) {
      if (this.bytes <= RECENT_CANDIDATE_BYTES) break;
      this.forget(oldest);
    }
  }

  private forget(id: number): void {
    const known = this.byId.get(id);
    if (!known) return;
    this.bytes -= known.bytes;
    this.byId.delete(id);
  }
}
