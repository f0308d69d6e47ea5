import { asc, eq, inArray } from "drizzle-orm";
import type { CommunityId } from "../../core/community.js";
import type { FaqWebConsentStore, WebConsentRecord } from "../../ports/faq-web-consent-store.js";
import {
  capturedSuggestionsWhere,
  communityRowWhere,
  consentsNewestFirst,
  consentsOfSuggestionsWhere,
  memberConsentsWhere,
} from "../shared/store-predicates.js";
import {
  askedConsentRows,
  capturedOriginsOf,
  consentDecisionAudit,
  consentDecisionRows,
  consentEntryIds,
  consentRecordsOf,
  consentWithdrawAudit,
  keptBySlug,
  slugQueryPlan,
} from "../shared/web-consent-rows.js";
import { writeAuditEvent } from "./audit.js";
import { type Database, lockOf, type PostgresHandle } from "./postgres-handle.js";
import { faqEntries, faqSuggestions } from "./schema/faq.js";
import { webConsents } from "./schema/web-consents.js";

type ConsentRow = typeof webConsents.$inferSelect;

async function recordsOf(db: Database, rows: ConsentRow[]): Promise<WebConsentRecord[]> {
  const entryIds = consentEntryIds(rows);
  const found =
    entryIds.length === 0
      ? []
      : await db
          .select({ id: faqEntries.id, slug: faqEntries.slug })
          .from(faqEntries)
          .where(inArray(faqEntries.id, entryIds));
  const slugs = new Map(found.map((row) => [row.id, row.slug] as const));
  return consentRecordsOf(rows, slugs);
}

function consentRows(db: Database, community: CommunityId, memberId: string, suggestionId: number | null) {
  return db
    .select()
    .from(webConsents)
    .where(memberConsentsWhere(webConsents, community, memberId, suggestionId))
    .orderBy(...consentsNewestFirst(webConsents));
}

/**
 * Members' web consent over PostgreSQL, with the rules of the SQLite twin (faq-web-consent-store.ts
 * there). Each write is one transaction under the community's lock, so "asked before?" and the
 * insert that follows cannot interleave with another instance's.
 */
export function createPostgresFaqWebConsentStore({ db, write }: PostgresHandle): FaqWebConsentStore {
  return {
    askOnce: (community, suggestionId, memberId, now) =>
      write([lockOf.community(community)], async (tx) => {
        const [suggestion] = await tx
          .select({ id: faqSuggestions.id, entryId: faqSuggestions.createdEntryId })
          .from(faqSuggestions)
          .where(communityRowWhere(faqSuggestions, community, "id", suggestionId));
        if (!suggestion || (await consentRows(tx, community, memberId, suggestionId)).length > 0)
          return false;
        const asked = { communityId: community, memberId, suggestionId, entryId: suggestion.entryId };
        await tx.insert(webConsents).values([...askedConsentRows(asked, now)]);
        return true;
      }),

    decide: (community, suggestionId, actor, decision, now) =>
      write([lockOf.community(community)], async (tx) => {
        const memberId = actor.userId;
        if ((await consentRows(tx, community, memberId, suggestionId)).length === 0) {
          return { ok: false, code: "not-found" } as const;
        }
        const decidedAt = now.toISOString();
        const { credited, rows } = consentDecisionRows(decision);
        for (const { purpose, state, creditName } of rows) {
          await tx
            .update(webConsents)
            .set({ state, creditName, decidedAt })
            .where(
              memberConsentsWhere(
                webConsents,
                community,
                memberId,
                suggestionId,
                eq(webConsents.purpose, purpose),
              ),
            );
        }
        await writeAuditEvent(
          tx,
          community,
          actor,
          consentDecisionAudit(suggestionId, decision, credited),
          now,
        );
        return {
          ok: true,
          value: await recordsOf(tx, await consentRows(tx, community, memberId, suggestionId)),
        } as const;
      }),

    withdraw: (community, actor, suggestionId, now) =>
      write([lockOf.community(community)], async (tx) => {
        const memberId = actor.userId;
        const granted = (await consentRows(tx, community, memberId, suggestionId)).filter(
          (row) => row.state === "granted",
        );
        if (granted.length === 0) return [];
        const ids = granted.map((row) => row.id);
        await tx
          .update(webConsents)
          .set({ state: "withdrawn", creditName: null, decidedAt: now.toISOString() })
          .where(inArray(webConsents.id, ids));
        await writeAuditEvent(tx, community, actor, consentWithdrawAudit(memberId, ids.length), now);
        // Row order, as SQLite's rowid lookup of the same id list returns them.
        const changed = await tx
          .select()
          .from(webConsents)
          .where(inArray(webConsents.id, ids))
          .orderBy(asc(webConsents.id));
        return recordsOf(tx, changed);
      }),

    async listForMember(community, memberId) {
      return recordsOf(db, await consentRows(db, community, memberId, null));
    },

    async capturedOrigins(community, slugs) {
      if (slugs !== null && slugs.length === 0) return [];
      const plan = slugQueryPlan(slugs);
      const captured = await db
        .select({
          slug: faqEntries.slug,
          suggestionId: faqSuggestions.id,
          capturedAnswer: faqSuggestions.answer,
          authorId: faqSuggestions.answerAuthorId,
        })
        .from(faqSuggestions)
        .innerJoin(faqEntries, eq(faqEntries.id, faqSuggestions.createdEntryId))
        .where(capturedSuggestionsWhere(faqSuggestions, faqEntries.slug, community, plan.inList))
        // PostgreSQL promises no order without ORDER BY; capture order keeps pages stable.
        .orderBy(asc(faqSuggestions.id));
      const rows = keptBySlug(plan, captured);
      if (rows.length === 0) return [];
      const consents = await db
        .select()
        .from(webConsents)
        .where(
          consentsOfSuggestionsWhere(
            webConsents,
            community,
            rows.map((row) => row.suggestionId),
          ),
        );
      return capturedOriginsOf(rows, consents);
    },
  };
}
