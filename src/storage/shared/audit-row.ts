import type { CommunityId } from "../../core/community.js";
import type { FaqActor } from "../../core/faq/types.js";

/** What one audit row holds, in either engine's `audit_log` table. */
export interface AuditRowValues {
  communityId: CommunityId;
  actor: string;
  platform: FaqActor["platform"];
  spaceId: FaqActor["spaceId"];
  action: string;
  target: string;
  detail: Record<string, unknown>;
  at: string;
}

/**
 * The audit row for `actor` doing `action` on `target`. Both engines insert exactly this, so the
 * log reads the same whichever database wrote it.
 */
export function auditRowOf(
  community: CommunityId,
  actor: FaqActor,
  action: string,
  target: string,
  detail: Record<string, unknown>,
  now: Date,
): AuditRowValues {
  return {
    communityId: community,
    actor: actor.userId,
    platform: actor.platform,
    spaceId: actor.spaceId,
    action,
    target,
    detail,
    at: now.toISOString(),
  };
}

/** What happened, to what, with which details: the part of an audit row a store decides. */
export interface AuditEvent {
  action: string;
  target: string;
  detail: Record<string, unknown>;
}

/** auditRowOf for an event a shared builder described. */
export function auditRowOfEvent(
  community: CommunityId,
  actor: FaqActor,
  event: AuditEvent,
  now: Date,
): AuditRowValues {
  return auditRowOf(community, actor, event.action, event.target, event.detail, now);
}

/** The engine call every shared write makes last: its audit row, inside the same transaction. */
export interface AuditOps {
  auditEvent(community: CommunityId, actor: FaqActor, event: AuditEvent, now: Date): unknown;
}
