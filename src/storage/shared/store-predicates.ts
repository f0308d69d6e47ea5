import { and, asc, type Column, desc, eq, inArray, isNotNull, or, type SQL, sql } from "drizzle-orm";
import type { CommunityId } from "../../core/community.js";

/*
 * WHERE and ORDER BY clauses both engines' stores use. drizzle builds the same SQL from either
 * dialect's columns, and both schemas name the columns alike, so a clause takes the columns it
 * needs and the twins only keep the query calls.
 */

/**
 * The row of `community` whose `key` column holds `value` (an id, a slug): a row of another
 * community reads as absent.
 */
export function communityRowWhere<Key extends string>(
  columns: { communityId: Column } & Record<Key, Column>,
  community: CommunityId,
  key: Key,
  value: unknown,
): SQL | undefined {
  return and(eq(columns.communityId, community), eq(columns[key], value));
}

/** Published entries of `community`, narrowed by any further conditions. */
export function publishedEntriesWhere(
  columns: { communityId: Column; status: Column },
  community: CommunityId,
  ...more: (SQL | undefined)[]
): SQL | undefined {
  return and(eq(columns.communityId, community), eq(columns.status, "published"), ...more);
}

interface ConsentColumns {
  communityId: Column;
  memberId: Column;
  suggestionId: Column;
}

/** A member's consent rows, for one suggestion or (null) all of them. */
export function memberConsentsWhere(
  columns: ConsentColumns,
  community: CommunityId,
  memberId: string,
  suggestionId: number | null,
  ...more: (SQL | undefined)[]
): SQL | undefined {
  return and(
    eq(columns.communityId, community),
    eq(columns.memberId, memberId),
    suggestionId === null ? undefined : eq(columns.suggestionId, suggestionId),
    ...more,
  );
}

/** Newest question first, then the suggestion asked last, then insertion order. */
export function consentsNewestFirst(columns: { askedAt: Column; suggestionId: Column; id: Column }): SQL[] {
  return [desc(columns.askedAt), desc(columns.suggestionId), asc(columns.id)];
}

/** Consent rows of `community` for any of these suggestions. */
export function consentsOfSuggestionsWhere(
  columns: { communityId: Column; suggestionId: Column },
  community: CommunityId,
  suggestionIds: number[],
): SQL | undefined {
  return and(eq(columns.communityId, community), inArray(columns.suggestionId, suggestionIds));
}

/**
 * Suggestions of `community` that Save as FAQ captured (only it records the message a suggestion
 * came from), for the entries with these slugs or (null) any entry.
 */
export function capturedSuggestionsWhere(
  suggestion: { communityId: Column; messageLink: Column },
  entrySlug: Column,
  community: CommunityId,
  slugs: string[] | null,
): SQL | undefined {
  return and(
    eq(suggestion.communityId, community),
    isNotNull(suggestion.messageLink),
    slugs === null ? undefined : inArray(entrySlug, slugs),
  );
}

/** Pending suggestions of `community` that also meet `condition`. */
export function pendingSuggestionsWhere(
  columns: { communityId: Column; status: Column },
  community: CommunityId,
  condition: SQL,
): SQL | undefined {
  return and(eq(columns.communityId, community), eq(columns.status, "pending"), condition);
}

/**
 * The queue a moderator sees: pending suggestions of `community`, by `author` when one is given,
 * containing the text the engine's own `containing` clause matches.
 */
export function queuedSuggestionsWhere(
  columns: { communityId: Column; status: Column; suggestedBy: Column },
  community: CommunityId,
  author: string | undefined,
  containing: SQL | undefined,
): SQL | undefined {
  return and(
    eq(columns.communityId, community),
    eq(columns.status, "pending"),
    author ? eq(columns.suggestedBy, author) : undefined,
    containing,
  );
}

interface EntryReviewColumns {
  communityId: Column;
  status: Column;
  reviewBy: Column;
  reviewFlag: Column;
}

/** Published entries of `community` whose review date has passed (by `now`'s UTC day) or that were flagged. */
export function staleEntriesWhere(
  columns: EntryReviewColumns,
  community: CommunityId,
  now: Date,
): SQL | undefined {
  const today = now.toISOString().slice(0, 10);
  const overdueOrFlagged = or(sql`${columns.reviewBy} < ${today}`, isNotNull(columns.reviewFlag));
  return publishedEntriesWhere(columns, community, overdueOrFlagged);
}

/**
 * Published entries of `community`, with `tag` if one is given. How a JSON tag list is searched
 * is the engine's own SQL, so the caller passes it in.
 */
export function publishedWithTagWhere(
  columns: { communityId: Column; status: Column },
  community: CommunityId,
  tag: string | undefined,
  hasTag: (lowerCasedTag: string) => SQL,
): SQL | undefined {
  return publishedEntriesWhere(columns, community, tag === undefined ? undefined : hasTag(tag.toLowerCase()));
}
