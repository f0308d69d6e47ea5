import { and, asc, eq } from "drizzle-orm";
import type { FaqWordingDemotions } from "../../ports/faq-wording-demotions.js";
import type { PostgresHandle } from "./postgres-handle.js";
import { faqWordingDemotions as demotions } from "./schema/thread-replies.js";

/** faq_wording_demotions over PostgreSQL: single statements, idempotent by the unique key. */
export function createPostgresFaqWordingDemotions({ db }: Pick<PostgresHandle, "db">): FaqWordingDemotions {
  const rowsOf = (community: string, normalisedText: string) =>
    and(eq(demotions.communityId, community), eq(demotions.normalisedText, normalisedText));
  return {
    async demotedSlugs(community, normalisedText) {
      if (normalisedText === "") return [];
      const rows = await db
        .select({ slug: demotions.slug })
        .from(demotions)
        .where(rowsOf(community, normalisedText))
        .orderBy(asc(demotions.slug));
      return rows.map((row) => row.slug);
    },
    async demote(community, normalisedText, slug, at) {
      if (normalisedText === "") return;
      await db
        .insert(demotions)
        .values({ communityId: community, normalisedText, slug, createdAt: at.toISOString() })
        .onConflictDoNothing();
    },
    async lift(community, normalisedText, slug) {
      const removed = await db
        .delete(demotions)
        .where(and(rowsOf(community, normalisedText), eq(demotions.slug, slug)))
        .returning({ id: demotions.id });
      return removed.length > 0;
    },
  };
}
