import type { CapturedOrigin, WebConsentPurpose, WebConsentState } from "../../core/faq/web-consent.js";
import type { WebConsentDecision, WebConsentRecord } from "../../ports/faq-web-consent-store.js";

/** Past this many slugs, reading the community's captured entries whole beats a long IN list. */
export const SLUG_LIST_LIMIT = 200;

/** A `web_consents` row as both engines read it (their drizzle schemas differ, the columns do not). */
export interface ConsentRowFields {
  id: number;
  memberId: string;
  suggestionId: number;
  entryId: number | null;
  purpose: WebConsentPurpose;
  state: WebConsentState;
  creditName: string | null;
  askedAt: string;
  decidedAt: string | null;
}

/** The distinct entries `rows` point at, whose slugs the record needs. */
export function consentEntryIds(rows: readonly ConsentRowFields[]): number[] {
  return [...new Set(rows.map((row) => row.entryId).filter((id): id is number => id !== null))];
}

/** Rows as the port returns them, each naming its entry by slug (looked up in `slugs` by entry id). */
export function consentRecordsOf(
  rows: readonly ConsentRowFields[],
  slugs: ReadonlyMap<number, string>,
): WebConsentRecord[] {
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

/** The two unanswered rows that asking a member once writes, one per purpose. */
export function askedConsentRows<Asked extends object>(asked: Asked, now: Date) {
  const askedAt = now.toISOString();
  return [
    { ...asked, purpose: "publish-answer", state: "asked", askedAt },
    { ...asked, purpose: "credit-name", state: "asked", askedAt },
  ] as const;
}

/** The audit entry for a member's decision: what they said, not the name they gave. */
export function consentDecisionAudit(suggestionId: number, decision: WebConsentDecision, credited: boolean) {
  return {
    action: "web.consent",
    target: `suggestion:${suggestionId}`,
    detail: { publish: decision.publish, credited },
  };
}

/** The audit entry for a withdrawal: whose consent, and how many rows it took back. */
export function consentWithdrawAudit(memberId: string, rows: number) {
  return { action: "web.withdraw", target: `member:${memberId}`, detail: { rows } };
}

/** One purpose's new state after a decision, and the name it carries (only a granted credit has one). */
export interface ConsentDecisionRow {
  purpose: WebConsentPurpose;
  state: WebConsentState;
  creditName: string | null;
}

/**
 * What a member's decision writes to each purpose: a credit stands only when they agreed to
 * publishing and gave a name, so declining publication declines the credit with it.
 */
export function consentDecisionRows(decision: WebConsentDecision): {
  credited: boolean;
  rows: ConsentDecisionRow[];
} {
  const credited = decision.publish === "granted" && decision.creditName !== null;
  return {
    credited,
    rows: [
      { purpose: "publish-answer", state: decision.publish, creditName: null },
      {
        purpose: "credit-name",
        state: credited ? "granted" : "declined",
        creditName: credited ? decision.creditName : null,
      },
    ],
  };
}

/** How a store reads captured entries for `slugs`: by an IN list, or whole and then filtered. */
export interface SlugQueryPlan {
  /** The slugs for the query's IN list; null reads every captured entry of the community. */
  inList: string[] | null;
  /** Filter the rows read to these slugs afterwards; null keeps every row. */
  keep: ReadonlySet<string> | null;
}

export function slugQueryPlan(slugs: readonly string[] | null): SlugQueryPlan {
  if (slugs === null) return { inList: null, keep: null };
  if (slugs.length <= SLUG_LIST_LIMIT) return { inList: [...slugs], keep: null };
  return { inList: null, keep: new Set(slugs) };
}

/** The rows among `captured` the plan wants (all of them when it filtered in the query). */
export function keptBySlug<Row extends { slug: string }>(plan: SlugQueryPlan, captured: Row[]): Row[] {
  const { keep } = plan;
  return keep === null ? captured : captured.filter((row) => keep.has(row.slug));
}

/** A captured entry as read, before its author's consent is joined on. */
export type CapturedRow = Omit<CapturedOrigin, "publish" | "creditName">;

/**
 * Joins each captured entry with what its author said. Only the author's own rows count, never a
 * consent some other member gave about the same suggestion.
 */
export function capturedOriginsOf(
  rows: readonly CapturedRow[],
  consents: readonly ConsentRowFields[],
): CapturedOrigin[] {
  return rows.map((row) => {
    const mine = consents.filter(
      (consent) => consent.suggestionId === row.suggestionId && consent.memberId === row.authorId,
    );
    const publish = mine.find((consent) => consent.purpose === "publish-answer");
    const credit = mine.find((consent) => consent.purpose === "credit-name" && consent.state === "granted");
    return { ...row, publish: publish?.state ?? null, creditName: credit?.creditName ?? null };
  });
}
