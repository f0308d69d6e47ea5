import type { CommunityId, Space } from "../../core/community.js";
import type { FaqActor } from "../../core/faq/types.js";
import type { LinkCodeRefusal } from "../../ports/community-store.js";
import type { AuditEvent } from "./audit-row.js";

/** A space as the audit log and a used link code name it: `platform:spaceId`. */
export function placeOf(space: Space): string {
  return `${space.platform}:${space.spaceId}`;
}

/** The `community_link_codes` row a moderator's new code writes; only the code's hash is kept. */
export function linkCodeValues(
  codeHash: string,
  community: CommunityId,
  actor: FaqActor,
  now: Date,
  expiresAt: Date,
) {
  return {
    codeHash,
    communityId: community,
    platform: actor.platform,
    spaceId: actor.spaceId,
    createdBy: actor.userId,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  };
}

export function linkCodeAudit(expiresAt: Date): AuditEvent {
  return {
    action: "community.link-code",
    target: "community",
    detail: { expiresAt: expiresAt.toISOString() },
  };
}

/** The link code, when it can be redeemed at `now`; refused when never issued, used once already, or expired. */
export function redeemable<Code extends { usedAt: string | null; expiresAt: string }>(
  code: Code | undefined,
  now: Date,
): { ok: true; value: Code } | { ok: false; code: Exclude<LinkCodeRefusal, "same-community"> } {
  if (!code) return { ok: false, code: "unknown" };
  if (code.usedAt !== null) return { ok: false, code: "used" };
  if (code.expiresAt <= now.toISOString()) return { ok: false, code: "expired" };
  return { ok: true, value: code };
}

/** The starter-pack mark an entry copied into a new community keeps, so pack corrections still reach it. */
export function starterMarkOf(row: { starterSlug: string | null; starterHash: string | null }) {
  return row.starterSlug && row.starterHash
    ? { slug: row.starterSlug, fingerprint: row.starterHash }
    : undefined;
}
