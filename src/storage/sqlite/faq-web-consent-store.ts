import { eq, inArray } from "drizzle-orm";
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
import { faqEntries, faqSuggestions } from "./schema/faq.js";
import { webConsents } from "./schema/web-consents.js";
import type { Database, SqliteHandle } from "./sqlite-handle.js";

type ConsentRow = typeof webConsents.$inferSelect;

function recordsOf(db: Database, rows: ConsentRow[]): WebConsentRecord[] {
  const entryIds = consentEntryIds(rows);
  const slugs = new Map(
    entryIds.length === 0
      ? []
      : db
          .select({ id: faqEntries.id, slug: faqEntries.slug })
          .from(faqEntries)
          .where(inArray(faqEntries.id, entryIds))
          .all()
          .map((row) => [row.id, row.slug] as const),
  );
  return consentRecordsOf(rows, slugs);
}

function consentRows(db: Database, community: CommunityId, memberId: string, suggestionId: number | null) {
  return db
    .select()
    .from(webConsents)
    .where(memberConsentsWhere(webConsents, community, memberId, suggestionId))
    .orderBy(...consentsNewestFirst(webConsents))
    .all();
}

export function createSqliteFaqWebConsentStore(handle: SqliteHandle): FaqWebConsentStore {
  const { db, write } = handle;
  return {
    async askOnce(community, suggestionId, memberId, now) {
      return write((tx) => {
        const suggestion = tx
          .select({ id: faqSuggestions.id, entryId: faqSuggestions.createdEntryId })
          .from(faqSuggestions)
          .where(communityRowWhere(faqSuggestions, community, "id", suggestionId))
          .get();
        if (!suggestion || consentRows(tx, community, memberId, suggestionId).length > 0) return false;
        const asked = { communityId: community, memberId, suggestionId, entryId: suggestion.entryId };
        tx.insert(webConsents)
          .values([...askedConsentRows(asked, now)])
          .run();
        return true;
      });
    },

    async decide(community, suggestionId, actor, decision, now) {
      const memberId = actor.userId;
      return write((tx) => {
        if (consentRows(tx, community, memberId, suggestionId).length === 0) {
          return { ok: false, code: "not-found" } as const;
        }
        const decidedAt = now.toISOString();
        const { credited, rows } = consentDecisionRows(decision);
        for (const { purpose, state, creditName } of rows) {
          tx.update(webConsents)
            .set({ state, creditName, decidedAt })
            .where(
              memberConsentsWhere(
                webConsents,
                community,
                memberId,
                suggestionId,
                eq(webConsents.purpose, purpose),
              ),
            )
            .run();
        }
        writeAuditEvent(tx, community, actor, consentDecisionAudit(suggestionId, decision, credited), now);
        return {
          ok: true,
          value: recordsOf(tx, consentRows(tx, community, memberId, suggestionId)),
        } as const;
      });
    },

    async withdraw(community, actor, suggestionId, now) {
      const memberId = actor.userId;
      return write((tx) => {
        const granted = consentRows(tx, community, memberId, suggestionId).filter(
          (row) => row.state === "granted",
        );
        if (granted.length === 0) return [];
        const ids = granted.map((row) => row.id);
        tx.update(webConsents)
          .set({ state: "withdrawn", creditName: null, decidedAt: now.toISOString() })
          .where(inArray(webConsents.id, ids))
          .run();
        writeAuditEvent(tx, community, actor, consentWithdrawAudit(memberId, ids.length), now);
        return recordsOf(tx, tx.select().from(webConsents).where(inArray(webConsents.id, ids)).all());
      });
    },

    async listForMember(community, memberId) {
      return recordsOf(db, consentRows(db, community, memberId, null));
    },

    async capturedOrigins(community, slugs) {
      if (slugs !== null && slugs.length === 0) return [];
      const plan = slugQueryPlan(slugs);
      const captured = db
        .select({
          slug: faqEntries.slug,
          suggestionId: faqSuggestions.id,
          capturedAnswer: faqSuggestions.answer,
          authorId: faqSuggestions.answerAuthorId,
        })
        .from(faqSuggestions)
        .innerJoin(faqEntries, eq(faqEntries.id, faqSuggestions.createdEntryId))
        .where(capturedSuggestionsWhere(faqSuggestions, faqEntries.slug, community, plan.inList))
        .all();
      const rows = keptBySlug(plan, captured);
      if (rows.length === 0) return [];
      const consents = db
        .select()
        .from(webConsents)
        .where(
          consentsOfSuggestionsWhere(
            webConsents,
            community,
            rows.map((row) => row.suggestionId),
          ),
        )
        .all();
      return capturedOriginsOf(rows, consents);
    },
  };
}
