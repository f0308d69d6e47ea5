import type { FaqWordingDemotions } from "../../ports/faq-wording-demotions.js";
import type { SqliteHandle } from "./sqlite-handle.js";

/** faq_wording_demotions over SQLite: one indexed lookup per search, small idempotent writes. */
export function createSqliteFaqWordingDemotions({
  sqlite,
  write,
}: Pick<SqliteHandle, "sqlite" | "write">): FaqWordingDemotions {
  const slugsFor = sqlite.prepare<[string, string], { slug: string }>(
    "SELECT slug FROM faq_wording_demotions WHERE community_id = ? AND normalised_text = ? ORDER BY slug",
  );
  const insert = sqlite.prepare<[string, string, string, string]>(
    `INSERT INTO faq_wording_demotions (community_id, normalised_text, slug, created_at)
     VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  const remove = sqlite.prepare<[string, string, string]>(
    "DELETE FROM faq_wording_demotions WHERE community_id = ? AND normalised_text = ? AND slug = ?",
  );
  return {
    async demotedSlugs(community, normalisedText) {
      if (normalisedText === "") return [];
      return slugsFor.all(community, normalisedText).map((row) => row.slug);
    },
    async demote(community, normalisedText, slug, at) {
      if (normalisedText === "") return;
      await write(() => insert.run(community, normalisedText, slug, at.toISOString()));
    },
    async lift(community, normalisedText, slug) {
      const result = await write(() => remove.run(community, normalisedText, slug));
      return result.changes > 0;
    },
  };
}
