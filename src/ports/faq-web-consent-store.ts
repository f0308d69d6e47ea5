import type { CommunityId } from "../core/community.js";
import type { FaqActor, FaqResult } from "../core/faq/types.js";
import type { CapturedOrigin, WebConsentPurpose, WebConsentState } from "../core/faq/web-consent.js";

/** One stored answer of a member about one captured message, for one purpose. */
export interface WebConsentRecord {
  memberId: string;
  suggestionId: number;
  /** The entry the capture became; null while it waits in the queue (or was rejected). */
  entrySlug: string | null;
  purpose: WebConsentPurpose;
  state: WebConsentState;
  creditName: string | null;
  askedAt: string;
  decidedAt: string | null;
}

/** What the author of a captured answer says when asked. */
export interface WebConsentDecision {
  publish: "granted" | "declined";
  /** Set to credit the member by this name on the page; null to stay unnamed. */
  creditName: string | null;
}

/**
 * Members' consent to their captured messages being on the public web, per (community, member,
 * captured answer and the entry it became, purpose). Conventions as in FaqEntryStore.
 */
export interface FaqWebConsentStore {
  /**
   * Records that the author of suggestion `suggestionId` is being asked. False when that member
   * was asked about it before (whatever they answered): the question is put once.
   */
  askOnce(community: CommunityId, suggestionId: number, memberId: string, now: Date): Promise<boolean>;
  /**
   * The author's answer, given by `actor` (the member is `actor.userId`). `not-found` when that
   * member was never asked about the suggestion (only its author is); a later answer replaces an
   * earlier one. Audited.
   */
  decide(
    community: CommunityId,
    suggestionId: number,
    actor: FaqActor,
    decision: WebConsentDecision,
    now: Date,
  ): Promise<FaqResult<WebConsentRecord[]>>;
  /**
   * Withdraws `actor.userId`'s granted consents (for one suggestion, or all of theirs when null)
   * and returns the records that changed; none changed is an empty list, not a failure. Audited.
   */
  withdraw(
    community: CommunityId,
    actor: FaqActor,
    suggestionId: number | null,
    now: Date,
  ): Promise<WebConsentRecord[]>;
  /** Everything the member was asked and answered in this community, newest first. */
  listForMember(community: CommunityId, memberId: string): Promise<WebConsentRecord[]>;
  /**
   * The captured entries among `slugs` (every captured entry of the community when null): where
   * each came from and what its author said. Entries nobody captured are simply absent.
   */
  capturedOrigins(community: CommunityId, slugs: readonly string[] | null): Promise<CapturedOrigin[]>;
}
