import { sql } from "drizzle-orm";
import type { CommunityId } from "../../core/community.js";
import { buildMatchExpression } from "../../core/faq/build-match-expression.js";
import type { Database } from "./postgres-handle.js";
import { tsqueryFromMatchExpression } from "./tsquery-from-match-expression.js";

/** The most words of a typed slug that the word probe uses (one clause per word left out). */
const maxProbeWords = 6;

/**
 * FaqEntryStore.slugsNear over PostgreSQL, probe for probe as on SQLite (faq-slugs-near.ts there):
 * the slug order both ways from what was typed and from each of its word prefixes, and the
 * full-text index for entries having all but one of its words. Each probe reads a few rows.
 */
export async function slugsNearOnPostgres(
  db: Database,
  community: CommunityId,
  typed: string,
  limit: number,
): Promise<string[]> {
  const needle = typed.trim().toLowerCase();
  if (needle === "" || limit <= 0) return [];
  const share = Math.max(1, Math.floor(limit / 4));
  const found = new Set<string>();
  const add = (rows: { slug: string }[]) => {
    for (const row of rows) found.add(row.slug);
  };
  const slugs = async (query: ReturnType<typeof sql>) => (await db.execute<{ slug: string }>(query)).rows;
  const published = sql`community_id = ${community} AND status = 'published'`;
  add(
    await slugs(sql`SELECT slug FROM faq_entries WHERE ${published} AND slug COLLATE "C" >= ${needle}
    ORDER BY slug COLLATE "C" LIMIT ${share}`),
  );
  add(
    await slugs(sql`SELECT slug FROM faq_entries WHERE ${published} AND slug COLLATE "C" < ${needle}
    ORDER BY slug COLLATE "C" DESC LIMIT ${share}`),
  );
  const words = needle.split("-").filter((word) => word !== "");
  for (let end = 1; end < Math.min(words.length, maxProbeWords); end++) {
    const prefix = `${words.slice(0, end).join("-")}-`;
    add(
      await slugs(sql`SELECT slug FROM faq_entries WHERE ${published} AND slug COLLATE "C" >= ${prefix}
      ORDER BY slug COLLATE "C" LIMIT 2`),
    );
  }
  const expression = allButOneWord(words.slice(0, maxProbeWords));
  if (expression !== "") {
    const query = tsqueryFromMatchExpression(expression);
    add(
      await slugs(sql`SELECT slug FROM faq_entries WHERE ${published}
      AND search @@ to_tsquery('gigdesk_fts', ${query}) ORDER BY id LIMIT ${share}`),
    );
  }
  return [...found].sort().slice(0, limit);
}

/** `("b" AND "c") OR ("a" AND "c") OR ("a" AND "b")` for a-b-c; each word quoted by the one builder. */
function allButOneWord(words: readonly string[]): string {
  const quoted = words.map((word) => buildMatchExpression([word])).filter((word) => word !== "");
  if (quoted.length < 2) return "";
  return quoted
    .map((_, left) => `(${quoted.filter((_, index) => index !== left).join(" AND ")})`)
    .join(" OR ");
}
