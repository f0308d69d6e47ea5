import type BetterSqlite3 from "better-sqlite3";
import type { CommunityId } from "../../core/community.js";
import { nearestSlugs, slugProbesOf } from "../shared/slug-probes.js";
import { communityKeys, inCommunity } from "./fts-community.js";

type SlugRow = { slug: string };

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
    const probes = slugProbesOf(typed, limit);
    if (probes === null) return [];
    const { needle, share } = probes;
    const found = [...from.all(community, needle, share), ...before.all(community, needle, share)];
    for (const prefix of probes.prefixes) found.push(...from.all(community, prefix, 2));
    const expression = inCommunity(communityKey(community), probes.allButOneWord);
    if (expression !== null) found.push(...sharingWords.all(expression, share));
    return nearestSlugs(
      found.map((row) => row.slug),
      limit,
    );
  };
}
