import type BetterSqlite3 from "better-sqlite3";
import type { CommunityId } from "../../core/community.js";
import { buildMatchExpression } from "../../core/faq/build-match-expression.js";
import { communityKeys, inCommunity } from "./fts-community.js";

type SlugRow = { slug: string };

/** The most words of a typed slug that the word probe uses (one clause per word left out). */
const maxProbeWords = 6;

/**
 * FaqEntryStore.slugsNear over SQLite. Every probe is an index read with a small LIMIT: the slug
 * index in both directions from what was typed and from each of its word prefixes ("top-",
 * "top-rated-"), which finds prefixes and typos late in a slug, and the full-text index for
 * entries having all but one of its words, which finds a typo early in a slug. Comparing the typed
 * slug with every slug took 6.3 s at 100,000 entries (issue 15); this reads a few dozen rows.
 */
export function prepareSlugsNear(sqlite: BetterSqlite3.Database) {
  // "+status" keeps SQLite off the (status, review_by) index, which would read every published
  // entry and sort them; the slug index reads `limit` rows in order.
  // The (community_id, slug) index serves both, one community at a time.
  const from = sqlite.prepare<[string, string, number], SlugRow>(
    "SELECT slug FROM faq_entries WHERE community_id = ? AND slug >= ? AND +status = 'published' ORDER BY slug LIMIT ?",
  );
  const before = sqlite.prepare<[string, string, number], SlugRow>(
    "SELECT slug FROM faq_entries WHERE community_id = ? AND slug < ? AND +status = 'published' ORDER BY slug DESC LIMIT ?",
  );
  const communityKey = communityKeys(sqlite);
  const sharingWords = sqlite.prepare<[string, number], SlugRow>(`
    SELECT e.slug FROM (SELECT rowid AS id FROM faq_fts WHERE faq_fts MATCH ? LIMIT ?) AS m
    JOIN faq_entries AS e ON e.id = m.id WHERE e.status = 'published'`);

  return (community: CommunityId, typed: string, limit: number): string[] => {
    const needle = typed.trim().toLowerCase();
    if (needle === "" || limit <= 0) return [];
    const share = Math.max(1, Math.floor(limit / 4));
    const found = new Set<string>();
    const add = (rows: SlugRow[]) => {
      for (const row of rows) found.add(row.slug);
    };
    add(from.all(community, needle, share));
    add(before.all(community, needle, share));
    const words = needle.split("-").filter((word) => word !== "");
    for (let end = 1; end < Math.min(words.length, maxProbeWords); end++) {
      add(from.all(community, `${words.slice(0, end).join("-")}-`, 2));
    }
    const expression = inCommunity(communityKey(community), allButOneWord(words.slice(0, maxProbeWords)));
    if (expression !== null) add(sharingWords.all(expression, share));
    return [...found].sort().slice(0, limit);
  };
}

/** `("b" AND "c") OR ("a" AND "c") OR ("a" AND "b")` for a-b-c; each word quoted by the one builder. */
function allButOneWord(words: readonly string[]): string {
  const quoted = words.map((word) => buildMatchExpression([word])).filter((word) => word !== "");
  if (quoted.length < 2) return "";
  return quoted
    .map((_, left) => `(${quoted.filter((_, index) => index !== left).join(" AND ")})`)
    .join(" OR ");
}
