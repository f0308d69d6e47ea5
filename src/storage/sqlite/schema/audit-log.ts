import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** One row per moderator action (FAQ curation, imports, settings changes), never updated. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actor: text("actor").notNull(),
    platform: text("platform").notNull(),
    community: text("community").notNull(),
    /** Dotted verb, e.g. `faq.edit`, `faq.approve`, `settings.update`. */
    action: text("action").notNull(),
    /** What was acted on, e.g. the entry's slug or `suggestion:12`. */
    target: text("target").notNull(),
    detail: text("detail", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    at: text("at").notNull(),
  },
  (table) => [index("audit_log_community_at_idx").on(table.platform, table.community, table.at)],
);
