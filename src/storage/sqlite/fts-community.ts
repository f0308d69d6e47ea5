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
 *
 * The text-column filter only keeps a question's word from matching a community token ("c12"),
 * and FTS5 pays for it by reading every candidate row's positions: at 100,000 entries it added
 * a third to a six-word strict scan. It is left out when no term could be such a token.
 */
export function inCommunity(key: number | null, matchExpression: string): string | null {
  if (key === null || matchExpression.trim() === "") return null;
  const words = needsColumnFilter(matchExpression)
    ? `${TEXT_COLUMNS}:(${matchExpression})`
    : `(${matchExpression})`;
  return `community:"c${key}" AND ${words}`;
}

/** Quoted terms (optionally prefix) joined by AND, OR, NOT and parentheses, nothing else. */
const PLAIN_EXPRESSION = /^(?:\s|\(|\)|AND|OR|NOT|"[^"]*"\*?)*$/u;
/** A quoted term with a letter and a digit could tokenise to a community token (letters fold, "ç1s" stems to "c1"). */
const LETTER_AND_DIGIT = /"[^"]*(?:\p{L}[^"]*\p{N}|\p{N}[^"]*\p{L})[^"]*"/u;

/** Anything but plain quoted words, or any word mixing letters and digits, keeps the filter. */
export function needsColumnFilter(matchExpression: string): boolean {
  return !PLAIN_EXPRESSION.test(matchExpression) || LETTER_AND_DIGIT.test(matchExpression);
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
