import { sql } from "drizzle-orm";
import type { CommunityId } from "../../core/community.js";
import { nearestSlugs, slugProbesOf } from "../shared/slug-probes.js";
import type { Database } from "./postgres-handle.js";
import { tsqueryFromMatchExpression } from "./tsquery-from-match-expression.js";

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
  const probes = slugProbesOf(typed, limit);
  if (probes === null) return [];
  const { needle, share } = probes;
  const slugs = async (query: ReturnType<typeof sql>) => (await db.execute<{ slug: string }>(query)).rows;
  const published = sql`community_id = ${community} AND status = 'published'`;
  const found = [
    ...(await slugs(sql`SELECT slug FROM faq_entries WHERE ${published} AND slug COLLATE "C" >= ${needle}
    ORDER BY slug COLLATE "C" LIMIT ${share}`)),
    ...(await slugs(sql`SELECT slug FROM faq_entries WHERE ${published} AND slug COLLATE "C" < ${needle}
    ORDER BY slug COLLATE "C" DESC LIMIT ${share}`)),
  ];
  for (const prefix of probes.prefixes) {
    found.push(
      ...(await slugs(sql`SELECT slug FROM faq_entries WHERE ${published} AND slug COLLATE "C" >= ${prefix}
      ORDER BY slug COLLATE "C" LIMIT 2`)),
    );
  }
  if (probes.allButOneWord !== "") {
    const query = tsqueryFromMatchExpression(probes.allButOneWord);
    found.push(
      ...(await slugs(sql`SELECT slug FROM faq_entries WHERE ${published}
      AND search @@ to_tsquery('gigdesk_fts', ${query}) ORDER BY id LIMIT ${share}`)),
    );
  }
  return nearestSlugs(
    found.map((row) => row.slug),
    limit,
  );
}
