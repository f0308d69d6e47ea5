import {
  type Engine,
  index,
  ownerCommunity,
  type ReferencedTable,
  type SchemaKit,
  uniqueIndex,
} from "./schema-kit.js";

/** The FAQ tables a consent points at (built by faqTables for the same engine). */
interface ConsentTargets {
  faqEntries: ReturnType<ReferencedTable>;
  faqSuggestions: ReturnType<ReferencedTable>;
}

export function webConsentTables<E extends Engine>(k: SchemaKit<E>, faq: ConsentTargets) {
  const { column } = k;
  /**
   * A member's answer about their captured message being on the public web: one row per
   * (community, member, captured answer, purpose). `entry_id` is the entry the capture became, set
   * when a moderator approves it (or at once when it already was). A withdrawal keeps the row, so
   * the member is never asked again and the history of what they said stays readable.
   */
  const webConsents = k.table(
    "web_consents",
    {
      id: column.rowId("id"),
      communityId: ownerCommunity(k),
      /** The member's platform user id (the author of the captured message). */
      memberId: column.requiredText("member_id"),
      suggestionId: k.reference("suggestion_id", () => faq.faqSuggestions, "cascade"),
      entryId: k.optionalReference("entry_id", () => faq.faqEntries, "set null"),
      purpose: k.oneOf("purpose", ["publish-answer", "credit-name"]),
      state: k.oneOf("state", ["asked", "granted", "declined", "withdrawn"]),
      /** The name to credit, given with a credit-name consent. */
      creditName: column.text("credit_name"),
      askedAt: column.requiredText("asked_at"),
      decidedAt: column.text("decided_at"),
    },
    {
      indexes: [
        uniqueIndex(
          "web_consents_member_capture_purpose_unique",
          "communityId",
          "memberId",
          "suggestionId",
          "purpose",
        ),
        index("web_consents_suggestion_idx", "suggestionId"),
      ],
    },
  );
  return { webConsents };
}
