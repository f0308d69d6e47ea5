import { type Engine, index, type SchemaKit, uniqueIndex } from "./schema-kit.js";

export function memberActivityTable<E extends Engine>(k: SchemaKit<E>) {
  /**
   * What a member used within the flood limits' window: one row per @-mention, auto-answered post
   * or suggestion that was let through, and one per "slow down" notice sent. Limits are counted
   * here, in the database, so that every process sharing it sees the same count. Refused attempts
   * are not stored (a flood adds no rows), and the retention purge drops rows older than the
   * longest window.
   */
  const memberActivity = k.table(
    "member_activity",
    {
      id: k.rowId("id"),
      communityId: k.ownerCommunity(),
      ...k.place(),
      memberId: k.requiredText("member_id"),
      /** "mention", "auto-answer", "suggestion" or "slow-down" (a notice sent). */
      kind: k.requiredText("kind"),
      /** What was counted (a message id): a second delivery of the same message counts once. */
      eventKey: k.requiredText("event_key"),
      at: k.requiredText("at"),
    },
    {
      indexes: [
        uniqueIndex("member_activity_event_unique", "communityId", "platform", "memberId", "eventKey"),
        index("member_activity_member_kind_at_idx", "communityId", "platform", "memberId", "kind", "at"),
        index("member_activity_at_idx", "at"),
      ],
    },
  );

  return { memberActivity };
}
