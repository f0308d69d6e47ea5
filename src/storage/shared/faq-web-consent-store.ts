import type { CommunityId } from "../../core/community.js";
import type { FaqWebConsentStore, WebConsentRecord } from "../../ports/faq-web-consent-store.js";
import { type Answer, askerOf, type StepEngine } from "./engine-steps.js";
import {
  askedConsentRows,
  type CapturedRow,
  type ConsentDecisionRow,
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

/** A member's consent rows: which community, whom, about which suggestion (and its entry, once approved). */
export interface ConsentSubject {
  communityId: CommunityId;
  memberId: string;
  suggestionId: number;
  entryId: number | null;
}

/** The engine calls the web-consent store makes. */
export interface FaqWebConsentOps {
  /** The suggestion of `community` with this id and the entry it became, if any; absent when unknown. */
  suggestionOf(community: CommunityId, suggestionId: number): Answer<{ entryId: number | null } | undefined>;
  /** A member's rows for one suggestion or (null) all of them, newest question first. */
  memberRows(
    community: CommunityId,
    memberId: string,
    suggestionId: number | null,
  ): Answer<ConsentRowFields[]>;
  insertRows(rows: ReturnType<typeof askedConsentRows<ConsentSubject>>): Answer<unknown>;
  /** Writes one purpose's decision on a member's rows for one suggestion. */
  decideRows(
    community: CommunityId,
    memberId: string,
    suggestionId: number,
    decision: ConsentDecisionRow,
    decidedAt: string,
  ): Answer<unknown>;
  withdrawRows(ids: number[], decidedAt: string): Answer<unknown>;
  /** The rows with these ids, in id order. */
  rowsById(ids: number[]): Answer<ConsentRowFields[]>;
  entrySlugs(entryIds: number[]): Answer<{ id: number; slug: string }[]>;
  /** The captured suggestions' entries of `community`, for the slugs in `inList` or (null) all. */
  capturedRows(community: CommunityId, inList: string[] | null): Answer<CapturedRow[]>;
  rowsOfSuggestions(community: CommunityId, suggestionIds: number[]): Answer<ConsentRowFields[]>;
}

const ask = askerOf<FaqWebConsentOps>();

function* recordsOf(rows: ConsentRowFields[]) {
  const entryIds = consentEntryIds(rows);
  const found = entryIds.length === 0 ? [] : yield* ask((ops) => ops.entrySlugs(entryIds));
  return consentRecordsOf(rows, new Map(found.map((row) => [row.id, row.slug] as const)));
}

/**
 * Members' web consent on either engine. Each write is one transaction under the community's
 * write lock, so "asked before?" and the insert that follows cannot interleave with another's.
 */
export function createFaqWebConsentStore(engine: StepEngine<FaqWebConsentOps>): FaqWebConsentStore {
  const memberRows = (community: CommunityId, memberId: string, suggestionId: number | null) =>
    ask((ops) => ops.memberRows(community, memberId, suggestionId));

  return {
    askOnce: (community, suggestionId, memberId, now) =>
      engine.write(community, function* () {
        const suggestion = yield* ask((ops) => ops.suggestionOf(community, suggestionId));
        if (!suggestion || (yield* memberRows(community, memberId, suggestionId)).length > 0) return false;
        const asked = { communityId: community, memberId, suggestionId, entryId: suggestion.entryId };
        yield* ask((ops) => ops.insertRows(askedConsentRows(asked, now)));
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
        for (const row of rows) {
          yield* ask((ops) => ops.decideRows(community, memberId, suggestionId, row, decidedAt));
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
        yield* ask((ops) => ops.withdrawRows(ids, now.toISOString()));
        const audit = consentWithdrawAudit(memberId, ids.length);
        yield* ask((ops) => ops.auditEvent(community, actor, audit, now));
        return yield* recordsOf(yield* ask((ops) => ops.rowsById(ids)));
      }),

    listForMember: (community, memberId) =>
      engine.read(function* () {
        return yield* recordsOf(yield* memberRows(community, memberId, null));
      }),

    capturedOrigins: (community, slugs) =>
      engine.read(function* () {
        if (slugs !== null && slugs.length === 0) return [];
        const plan = slugQueryPlan(slugs);
        const rows = keptBySlug(plan, yield* ask((ops) => ops.capturedRows(community, plan.inList)));
        if (rows.length === 0) return [];
        const suggestionIds = rows.map((row) => row.suggestionId);
        return capturedOriginsOf(rows, yield* ask((ops) => ops.rowsOfSuggestions(community, suggestionIds)));
      }),
  };
}
