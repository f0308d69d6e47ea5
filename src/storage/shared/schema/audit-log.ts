import { type Engine, index, ownerCommunity, placeColumns, type SchemaKit } from "./schema-kit.js";

export function auditLogTable<E extends Engine>(k: SchemaKit<E>) {
  const { column } = k;
  /** One row per moderator action (FAQ curation, imports, settings, links), never updated. */
  const auditLog = k.table(
    "audit_log",
    {
      id: column.rowId("id"),
      communityId: ownerCommunity(k),
      actor: column.requiredText("actor"),
      /** Where the moderator acted (a linked community has more than one place). */
      ...placeColumns(k),
      /** Dotted verb, e.g. `faq.edit`, `faq.approve`, `settings.update`, `community.link`. */
      action: column.requiredText("action"),
      /** What was acted on, e.g. the entry's slug or `suggestion:12`. */
      target: column.requiredText("target"),
      detail: column.jsonDocument("detail"),
      at: column.requiredText("at"),
    },
    { indexes: [index("audit_log_community_at_idx", "communityId", "at")] },
  );

  return { auditLog };
}
