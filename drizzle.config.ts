import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  // Every file in the folder is a schema module (FAQ, audit log, settings, thread replies, ...).
  schema: "./src/storage/sqlite/schema/*.ts",
  out: "./migrations/sqlite",
  // The FTS5 virtual table and its shadow tables (faq_fts_data, faq_fts_idx, ...) come from the
  // custom migration; drizzle-kit push/pull must neither drop nor introspect them.
  tablesFilter: ["!faq_fts*"],
  // Only `drizzle-kit push`/`studio` open a database; the app reads DATABASE_PATH through src/config.ts.
  dbCredentials: { url: process.env.DATABASE_PATH ?? "./data/gigdesk.sqlite" },
});
