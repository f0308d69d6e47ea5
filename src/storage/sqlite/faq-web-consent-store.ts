import { and, asc, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { CommunityId } from "../../core/community.js";
import type { CapturedOrigin, WebConsentState } from "../../core/faq/web-consent.js";
import type { FaqWebConsentStore, WebConsentRecord } from "../../ports/faq-web-consent-store.js";
import { writeAudit } from "./audit.js";
import { faqEntries, faqSuggestions } from "./schema/faq.js";
import { webConsents } from "./schema/web-consents.js";
import type { Database, SqliteHandle } from "./sqlite-handle.js";

/** Past this many slugs, reading the community's captured entries whole beats a long IN list. */
const SLUG_LIST_LIMIT = 200;

type ConsentRow = typeof webConsents.$inferSelect;

function recordsOf(db: Database, rows: ConsentRow[]): WebConsentRecord[] {
  const entryIds = [...new Set(rows.map((row) => row.entryId).filter((id): id is number => id !== null))];
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
  return rows.map((row) => ({
    memberId: row.memberId,
    suggestionId: row.suggestionId,
    entrySlug: row.entryId === null ? null : (slugs.get(row.entryId) ?? null),
    purpose: row.purpose,
    state: row.state,
    creditName: row.creditName,
    askedAt: row.askedAt,
    decidedAt: row.decidedAt,
  }));
}

function consentRows(db: Database, community: CommunityId, memberId: string, suggestionId: number | null) {
  return db
    .select()
    .from(webConsents)
    .where(
      and(
        eq(webConsents.communityId, community),
        eq(webConsents.memberId, memberId),
        suggestionId === null ? undefined : eq(webConsents.suggestionId, suggestionId),
      ),
    )
    .orderBy(desc(webConsents.askedAt), desc(webConsents.suggestionId), asc(webConsents.id))
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
          .where(and(eq(faqSuggestions.communityId, community), eq(faqSuggestions.id, suggestionId)))
          .get();
        if (!suggestion || consentRows(tx, community, memberId, suggestionId).length > 0) return false;
        const asked = { communityId: community, memberId, suggestionId, entryId: suggestion.entryId };
        tx.insert(webConsents)
          .values([
            { ...asked, purpose: "publish-answer", state: "asked", askedAt: now.toISOString() },
            { ...asked, purpose: "credit-name", state: "asked", askedAt: now.toISOString() },
          ])
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
        const credit = decision.publish === "granted" && decision.creditName !== null;
        const states: [ConsentRow["purpose"], WebConsentState, string | null][] = [
          ["publish-answer", decision.publish, null],
          ["credit-name", credit ? "granted" : "declined", credit ? decision.creditName : null],
        ];
        for (const [purpose, state, creditName] of states) {
          tx.update(webConsents)
            .set({ state, creditName, decidedAt })
            .where(
              and(
                eq(webConsents.communityId, community),
                eq(webConsents.memberId, memberId),
                eq(webConsents.suggestionId, suggestionId),
                eq(webConsents.purpose, purpose),
              ),
            )
            .run();
        }
        writeAudit(
          tx,
          community,
          actor,
          "web.consent",
          `suggestion:${suggestionId}`,
          {
            publish: decision.publish,
            credited: credit,
          },
          now,
        );
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
        writeAudit(tx, community, actor, "web.withdraw", `member:${memberId}`, { rows: ids.length }, now);
        return recordsOf(tx, tx.select().from(webConsents).where(inArray(webConsents.id, ids)).all());
      });
    },

    async listForMember(community, memberId) {
      return recordsOf(db, consentRows(db, community, memberId, null));
    },

    async capturedOrigins(community, slugs) {
      if (slugs !== null && slugs.length === 0) return [];
      const bySlug = slugs !== null && slugs.length <= SLUG_LIST_LIMIT;
      const captured = db
        .select({
          slug: faqEntries.slug,
          suggestionId: faqSuggestions.id,
          capturedAnswer: faqSuggestions.answer,
          authorId: faqSuggestions.answerAuthorId,
        })
        .from(faqSuggestions)
        .innerJoin(faqEntries, eq(faqEntries.id, faqSuggestions.createdEntryId))
        .where(
          and(
            eq(faqSuggestions.communityId, community),
            // Only Save as FAQ records the message a suggestion came from.
            isNotNull(faqSuggestions.messageLink),
            bySlug ? inArray(faqEntries.slug, [...slugs]) : undefined,
          ),
        )
        .all();
      const wanted = slugs === null || bySlug ? null : new Set(slugs);
      const rows = wanted === null ? captured : captured.filter((row) => wanted.has(row.slug));
      if (rows.length === 0) return [];
      const consents = db
        .select()
        .from(webConsents)
        .where(
          and(
            eq(webConsents.communityId, community),
            inArray(
              webConsents.suggestionId,
              rows.map((row) => row.suggestionId),
            ),
          ),
        )
        .all();
      return rows.map((row): CapturedOrigin => {
        // Only the author's own answer counts, never a row about someone else.
        const mine = consents.filter(
          (consent) => consent.suggestionId === row.suggestionId && consent.memberId === row.authorId,
        );
        const publish = mine.find((consent) => consent.purpose === "publish-answer");
        const credit = mine.find(
          (consent) => consent.purpose === "credit-name" && consent.state === "granted",
        );
        return {
          ...row,
          publish: publish?.state ?? null,
          creditName: credit?.creditName ?? null,
        };
      });
    },
  };
}
