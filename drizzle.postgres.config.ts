import { defineConfig } from "drizzle-kit";

/**
 * The PostgreSQL engine's schema and migrations (DATABASE_URL=postgres://...). It has its own
 * folder because drizzle-kit writes one dialect's SQL per folder; `npm run db:generate` runs both.
 */
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/storage/postgres/schema/*.ts",
  out: "./migrations/postgres",
  // Only `drizzle-kit push`/`studio` connect; the app reads DATABASE_URL through src/config.ts.
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://localhost/gigdesk" },
});
