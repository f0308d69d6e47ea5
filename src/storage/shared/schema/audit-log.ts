import { type Engine, index, type SchemaKit } from "./schema-kit.js";

export function auditLogTable<E extends Engine>(k: SchemaKit<E>) {
  /** One row per moderator action (FAQ curation, imports, settings, links), never updated. */
  const auditLog = k.table(
    "audit_log",
    {
      id: k.rowId("id"),
      communityId: k.ownerCommunity(),
      actor: k.requiredText("actor"),
      /** Where the moderator acted (a linked community has more than one place). */
      ...k.place(),
      /** Dotted verb, e.g. `faq.edit`, `faq.approve`, `settings.update`, `community.link`. */
      action: k.requiredText("action"),
      /** What was acted on, e.g. the entry's slug or `suggestion:12`. */
      target: k.requiredText("target"),
      detail: k.jsonDocument("detail"),
      at: k.requiredText("at"),
    },
    { indexes: [index("audit_log_community_at_idx", "communityId", "at")] },
  );

  return { auditLog };
}
