import { type Engine, index, type ReferencedTable, type SchemaKit, uniqueIndex } from "./schema-kit.js";

/** The FAQ tables a consent points at (built by faqTables for the same engine). */
interface ConsentTargets {
  faqEntries: ReturnType<ReferencedTable>;
  faqSuggestions: ReturnType<ReferencedTable>;
}

export function webConsentTables<E extends Engine>(k: SchemaKit<E>, faq: ConsentTargets) {
  /**
   * A member's answer about their captured message being on the public web: one row per
   * (community, member, captured answer, purpose). `entry_id` is the entry the capture became, set
   * when a moderator approves it (or at once when it already was). A withdrawal keeps the row, so
   * the member is never asked again and the history of what they said stays readable.
   */
  const webConsents = k.table(
    "web_consents",
    {
      id: k.rowId("id"),
      communityId: k.ownerCommunity(),
      /** The member's platform user id (the author of the captured message). */
      memberId: k.requiredText("member_id"),
      suggestionId: k.reference("suggestion_id", () => faq.faqSuggestions, "cascade"),
      entryId: k.optionalReference("entry_id", () => faq.faqEntries, "set null"),
      purpose: k.oneOf("purpose", ["publish-answer", "credit-name"]),
      state: k.oneOf("state", ["asked", "granted", "declined", "withdrawn"]),
      /** The name to credit, given with a credit-name consent. */
      creditName: k.text("credit_name"),
      askedAt: k.requiredText("asked_at"),
      decidedAt: k.text("decided_at"),
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
