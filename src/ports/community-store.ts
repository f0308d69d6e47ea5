import type { Community, CommunityId, Space } from "../core/community.js";
import type { FaqActor } from "../core/faq/types.js";

export type LinkCodeRefusal =
  /** No code like that was ever issued (or it was mistyped). */
  | "unknown"
  /** Issued more than 15 minutes ago. */
  | "expired"
  /** Already used once. */
  | "used"
  /** The code belongs to the community this space is already in. */
  | "same-community";

export interface LinkOutcome {
  communityId: CommunityId;
  /** The community the space belonged to before; kept with its data, nothing is deleted. */
  previousCommunityId: CommunityId;
}

export interface UnlinkOutcome {
  /** The new community of the space that left, with a copy of the FAQ and settings. */
  communityId: CommunityId;
  copiedEntries: number;
}

export interface MoveOutcome {
  entries: number;
  suggestions: number;
  threadAnswers: number;
  /** Unedited starter-pack copies in the target that the moved entries replaced. */
  replacedStarterCopies: string[];
}

/**
 * Communities and the spaces (servers, workspaces, the console) that belong to them. Every write
 * is one transaction and leaves an audit row in each community it touches.
 */
export interface CommunityStore {
  /** The community of a space; a space seen for the first time gets its own (created: true). */
  communityOfSpace(space: Space, now: Date): Promise<{ communityId: CommunityId; created: boolean }>;
  /** Creates the community when it does not exist (the console's `--community`, the CLI). */
  ensureCommunity(id: CommunityId, now: Date): Promise<{ created: boolean }>;
  get(id: CommunityId): Promise<Community | null>;
  /** Every community id, for the starter-pack check at start-up. */
  listIds(): Promise<CommunityId[]>;

  /** Keeps a (hashed) one-time code that lets another space join `community` until `expiresAt`. */
  issueLinkCode(
    community: CommunityId,
    codeHash: string,
    actor: FaqActor,
    now: Date,
    expiresAt: Date,
  ): Promise<void>;
  /** Moves `space` into the code's community; the code is spent either way once it is accepted. */
  redeemLinkCode(
    codeHash: string,
    space: Space,
    actor: FaqActor,
    now: Date,
  ): Promise<{ ok: true; value: LinkOutcome } | { ok: false; code: LinkCodeRefusal }>;
  /**
   * `space` leaves its linked community for `newCommunity`, which gets a copy of the community's
   * published FAQ and settings; refused (`not-linked`) when the space is alone in its community.
   */
  unlink(
    space: Space,
    newCommunity: CommunityId,
    actor: FaqActor,
    now: Date,
  ): Promise<{ ok: true; value: UnlinkOutcome } | { ok: false; code: "not-linked" | "taken" }>;
  /**
   * Moves everything `from` owns into `to` (all or nothing): entries with their history, the queue,
   * the audit log, thread answers and unanswered questions; settings only when `to` has none.
   * Refused with the conflicting slugs when `to` has an entry of the same slug that is not an
   * unedited starter-pack copy.
   */
  moveCommunity(
    from: CommunityId,
    to: CommunityId,
    actor: FaqActor,
    now: Date,
  ): Promise<
    | { ok: true; value: MoveOutcome }
    | { ok: false; code: "not-found" | "same"; conflicts?: never }
    | { ok: false; code: "conflict"; conflicts: string[] }
  >;
}
