import type { CommunityId } from "../../core/community.js";
import type { SqliteHandle } from "./sqlite-handle.js";

// Every community's entries share one FTS5 table; a per-community token in its `community`
// column keeps each search inside one community (see migrations/sqlite/0003_communities.sql).

/** The FTS text columns (the `community` column holds only the community token). */
const TEXT_COLUMNS = "{question aliases tags answer}";

/**
 * The expression limited to one community's entries: FTS5 intersects the community token's
 * postings with the question's, so the scan never reads another community's matches. Null when
 * there is nothing to search (an empty question, or a community with no entries yet).
 */
export function inCommunity(key: number | null, matchExpression: string): string | null {
  if (key === null || matchExpression.trim() === "") return null;
  return `community:"c${key}" AND ${TEXT_COLUMNS}:(${matchExpression})`;
}

/** Community id -> the number its FTS token carries; a community keeps its key for good. */
export function communityKeys(sqlite: SqliteHandle["sqlite"]): (community: CommunityId) => number | null {
  const lookup = sqlite.prepare<[string], { key: number }>("SELECT key FROM communities WHERE id = ?");
  const known = new Map<CommunityId, number>();
  return (community) => {
    const cached = known.get(community);
    if (cached !== undefined) return cached;
    const key = lookup.get(community)?.key ?? null;
    if (key !== null) known.set(community, key);
    return key;
  };
}
