import { asc, type Column, eq, inArray, type SQL } from "drizzle-orm";
import type { CommunityId } from "../../core/community.js";
import type { FaqWebConsentStore, WebConsentRecord } from "../../ports/faq-web-consent-store.js";
import { type Answer, askerOf, type StepEngine } from "./engine-steps.js";
import {
  capturedSuggestionsWhere,
  communityRowWhere,
  consentsNewestFirst,
  consentsOfSuggestionsWhere,
  memberConsentsWhere,
} from "./store-predicates.js";
import {
  askedConsentRows,
  type CapturedRow,
  type ConsentRowFields,
  capturedOriginsOf,
  consentDecisionAudit,
  consentDecisionRows,
  consentEntryIds,
  consentRecordsOf,
  consentWithdrawAudit,
  keptBySlug,
  slugQueryPlan,
} from "./web-consent-rows.js";

/** The columns of either engine's tables the web-consent clauses are built on. */
export interface WebConsentTables {
  webConsents: Record<"id" | "communityId" | "memberId" | "suggestionId" | "purpose" | "askedAt", Column>;
  faqSuggestions: Record<
    "id" | "communityId" | "messageLink" | "answer" | "answerAuthorId" | "createdEntryId",
    Column
  >;
  faqEntries: Record<"id" | "slug", Column>;
}

type CapturedColumns = {
  faqEntries: Record<"id" | "slug", Column>;
  faqSuggestions: Record<"id" | "answer" | "answerAuthorId" | "createdEntryId", Column>;
};

/**
 * A captured row's columns, from a suggestion joined with the entry its approval created, and that
 * join's condition: both engines read captured origins through exactly this.
 */
export function capturedOriginJoin<
  Entries extends CapturedColumns["faqEntries"],
  Suggestions extends CapturedColumns["faqSuggestions"],
>(tables: { faqEntries: Entries; faqSuggestions: Suggestions }) {
  const entries: Entries = tables.faqEntries;
  const suggestions: Suggestions = tables.faqSuggestions;
  const selection: {
    slug: Entries["slug"];
    suggestionId: Suggestions["id"];
    capturedAnswer: Suggestions["answer"];
    authorId: Suggestions["answerAuthorId"];
  } = {
    slug: entries.slug,
    suggestionId: suggestions.id,
    capturedAnswer: suggestions.answer,
    authorId: suggestions.answerAuthorId,
  };
  return { selection, on: eq(entries.id, suggestions.createdEntryId) };
}

/** A member's consent rows: which community, whom, about which suggestion (and its entry, once approved). */
interface ConsentSubject {
  communityId: CommunityId;
  memberId: string;
  suggestionId: number;
  entryId: number | null;
}

/** What a decision or a withdrawal writes on the rows it concerns. */
type ConsentChange = Pick<ConsentRowFields, "state" | "creditName" | "decidedAt">;

/**
 * The engine calls the web-consent store makes: each runs one query the shared steps have built
 * the clauses of, on the engine's `tables`.
 */
export interface FaqWebConsentOps {
  readonly tables: WebConsentTables;
  /** The entry a suggestion became (null while pending); undefined when there is no such suggestion. */
  suggestionEntry(where: SQL | undefined): Answer<{ entryId: number | null } | undefined>;
  consents(where: SQL | undefined, order: SQL[]): Answer<ConsentRowFields[]>;
  insertConsents(rows: ReturnType<typeof askedConsentRows<ConsentSubject>>): Answer<unknown>;
  updateConsents(change: ConsentChange, where: SQL | undefined): Answer<unknown>;
  entrySlugs(where: SQL | undefined): Answer<{ id: number; slug: string }[]>;
  /** Captured suggestions joined with the entries they became, in capture order. */
  captured(where: SQL | undefined): Answer<CapturedRow[]>;
}

const ask = askerOf<FaqWebConsentOps>();

function* memberRows(community: CommunityId, memberId: string, suggestionId: number | null) {
  return yield* ask(({ consents, tables: { webConsents } }) =>
    consents(
      memberConsentsWhere(webConsents, community, memberId, suggestionId),
      consentsNewestFirst(webConsents),
    ),
  );
}

function* recordsOf(rows: ConsentRowFields[]) {
  const entryIds = consentEntryIds(rows);
  const found =
    entryIds.length === 0
      ? []
      : yield* ask(({ entrySlugs, tables: { faqEntries } }) => entrySlugs(inArray(faqEntries.id, entryIds)));
  return consentRecordsOf(rows, new Map(found.map((row) => [row.id, row.slug] as const)));
}

/**
 * Members' web consent on either engine. Each write is one transaction under the community's
 * write lock, so "asked before?" and the insert that follows cannot interleave with another's.
 */
export function createFaqWebConsentStore(engine: StepEngine<FaqWebConsentOps>): FaqWebConsentStore {
  return {
    askOnce: (community, suggestionId, memberId, now) =>
      engine.write(community, function* () {
        const suggestion = yield* ask(({ suggestionEntry, tables: { faqSuggestions } }) =>
          suggestionEntry(communityRowWhere(faqSuggestions, community, "id", suggestionId)),
        );
        if (!suggestion || (yield* memberRows(community, memberId, suggestionId)).length > 0) return false;
        const asked = { communityId: community, memberId, suggestionId, entryId: suggestion.entryId };
        yield* ask((ops) => ops.insertConsents(askedConsentRows(asked, now)));
        return true;
      }),

    decide: (community, suggestionId, actor, decision, now) =>
      engine.write(community, function* () {
        const memberId = actor.userId;
        if ((yield* memberRows(community, memberId, suggestionId)).length === 0) {
          return { ok: false, code: "not-found" } as const;
        }
        const decidedAt = now.toISOString();
        const { credited, rows } = consentDecisionRows(decision);
        for (const { purpose, state, creditName } of rows) {
          yield* ask(({ updateConsents, tables: { webConsents } }) =>
            updateConsents(
              { state, creditName, decidedAt },
              memberConsentsWhere(
                webConsents,
                community,
                memberId,
                suggestionId,
                eq(webConsents.purpose, purpose),
              ),
            ),
          );
        }
        const audit = consentDecisionAudit(suggestionId, decision, credited);
        yield* ask((ops) => ops.auditEvent(community, actor, audit, now));
        const value: WebConsentRecord[] = yield* recordsOf(
          yield* memberRows(community, memberId, suggestionId),
        );
        return { ok: true, value } as const;
      }),

    withdraw: (community, actor, suggestionId, now) =>
      engine.write(community, function* () {
        const memberId = actor.userId;
        const granted = (yield* memberRows(community, memberId, suggestionId)).filter(
          (row) => row.state === "granted",
        );
        if (granted.length === 0) return [];
        const ids = granted.map((row) => row.id);
        const withdrawn = { state: "withdrawn", creditName: null, decidedAt: now.toISOString() } as const;
        yield* ask(({ updateConsents, tables: { webConsents } }) =>
          updateConsents(withdrawn, inArray(webConsents.id, ids)),
        );
        const audit = consentWithdrawAudit(memberId, ids.length);
        yield* ask((ops) => ops.auditEvent(community, actor, audit, now));
        // In id order, as a rowid lookup of the id list returns them.
        const changed = yield* ask(({ consents, tables: { webConsents } }) =>
          consents(inArray(webConsents.id, ids), [asc(webConsents.id)]),
        );
        return yield* recordsOf(changed);
      }),

    listForMember: (community, memberId) =>
      engine.read(function* () {
        return yield* recordsOf(yield* memberRows(community, memberId, null));
      }),

    capturedOrigins: (community, slugs) =>
      engine.read(function* () {
        if (slugs !== null && slugs.length === 0) return [];
        const plan = slugQueryPlan(slugs);
        const captured = yield* ask(({ captured, tables: { faqSuggestions, faqEntries } }) =>
          captured(capturedSuggestionsWhere(faqSuggestions, faqEntries.slug, community, plan.inList)),
        );
        const rows = keptBySlug(plan, captured);
        if (rows.length === 0) return [];
        const suggestionIds = rows.map((row) => row.suggestionId);
        const consents = yield* ask(({ consents, tables: { webConsents } }) =>
          consents(consentsOfSuggestionsWhere(webConsents, community, suggestionIds), []),
        );
        return capturedOriginsOf(rows, consents);
      }),
  };
}
