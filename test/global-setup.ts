import { execFileSync } from "node:child_process";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startPostgresServer } from "./support/postgres-server.js";

declare module "vitest" {
  export interface ProvidedContext {
    /**
     * The run's PostgreSQL server (test/support/postgres-server.ts), or why it could not start.
     * Test files make their own database in it; a problem fails the PostgreSQL tests, loudly.
     */
    postgres: { url: string } | { problem: string };
  }
}

/**
 * Builds dist/ once before the suites, so the many tests that spawn `npm start` in parallel find
 * it up to date instead of racing to rebuild it; and starts one PostgreSQL server for the whole
 * run (a second or so), which the contract suite's files share, each in its own database.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  execFileSync(process.execPath, [join(import.meta.dirname, "..", "scripts", "build.mjs")], {
    stdio: "inherit",
  });
  try {
    const server = await startPostgresServer();
    // The teardown below is skipped when vitest itself is killed; the exit hook still runs on a
    // crash or Ctrl-C, and a SIGKILLed run's server is stopped by the next run's start.
    process.once("exit", server.stop);
    project.provide("postgres", { url: server.url });
    return () => {
      process.off("exit", server.stop);
      server.stop();
    };
  } catch (error) {
    // Only the PostgreSQL tests need the server: they fail with this message, the rest still run.
    project.provide("postgres", { problem: error instanceof Error ? error.message : String(error) });
    return () => {};
  }
}
