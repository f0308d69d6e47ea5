import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { ownerCommunity, placeColumns, rowId } from "./columns.js";

/** One row per moderator action (FAQ curation, imports, settings, links), never updated. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: rowId(),
    communityId: ownerCommunity(),
    actor: text("actor").notNull(),
    /** Where the moderator acted (a linked community has more than one place). */
    ...placeColumns(),
    /** Dotted verb, e.g. `faq.edit`, `faq.approve`, `settings.update`, `community.link`. */
    action: text("action").notNull(),
    /** What was acted on, e.g. the entry's slug or `suggestion:12`. */
    target: text("target").notNull(),
    detail: text("detail", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    at: text("at").notNull(),
  },
  (table) => [index("audit_log_community_at_idx").on(table.communityId, table.at)],
);
