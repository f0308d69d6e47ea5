import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createTestDatabase } from "../support/postgres-server.js";
import { projectRoot } from "../support/run-bot-process.js";

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** The built bot on the console, one question, on the given database; resolves with its exit. */
function startBot(
  databasePath: string,
  extraEnvironment: Record<string, string> = {},
): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["dist/main.js", "--console", "--json"], {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        DATABASE_PATH: databasePath,
        ...extraEnvironment,
      },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += String(chunk);
    });
    child.stderr.on("data", (chunk) => {
      stderr += String(chunk);
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end("/help\n");
  });
}

describe("several processes starting at once on a fresh SQLite file", () => {
  // Before the fix, two processes failed with "table audit_log already exists" in about 1 of 5 runs.
  it("all start, and the migrations run exactly once (4 processes, 6 rounds)", async () => {
    for (let round = 0; round < 6; round++) {
      const folder = mkdtempSync(join(tmpdir(), "gigdesk-migrate-race-"));
      folders.push(folder);
      const path = join(folder, "fresh.sqlite");
      const results = await Promise.all([1, 2, 3, 4].map(() => startBot(path)));
      for (const result of results) {
        expect(result.stderr).not.toMatch(/already exists|cannot prepare/);
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('"command":"help"');
      }
      const sqlite = new BetterSqlite3(path, { readonly: true });
      try {
        const applied = sqlite
          .prepare("SELECT count(*) AS n, count(DISTINCT hash) AS d FROM __drizzle_migrations")
          .get() as {
          n: number;
          d: number;
        };
        expect(applied.n).toBe(applied.d);
        // The starter pack is loaded once however many processes raced to create the community.
        const communities = sqlite.prepare("SELECT count(*) AS n FROM communities").get() as { n: number };
        expect(communities.n).toBe(1);
      } finally {
        sqlite.close();
      }
    }
  }, 120_000);
});

describe("several processes starting at once on a fresh PostgreSQL database", () => {
  it("all start, and the migrations run exactly once (4 processes, 3 rounds)", async () => {
    const server = inject("postgres");
    if ("problem" in server) throw new Error(`No PostgreSQL server for this test: ${server.problem}`);
    for (let round = 0; round < 3; round++) {
      const url = await createTestDatabase(server.url, `migrate-race-${round}`);
      const unused = join(mkdtempSync(join(tmpdir(), "gigdesk-migrate-race-")), "unused.sqlite");
      const results = await Promise.all([1, 2, 3, 4].map(() => startBot(unused, { DATABASE_URL: url })));
      for (const result of results) {
        expect(result.stderr).not.toMatch(/already exists|cannot prepare/);
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('"command":"help"');
      }
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const applied = await client.query(
          "SELECT count(*)::int AS n, count(DISTINCT hash)::int AS d FROM drizzle.__drizzle_migrations",
        );
        expect(applied.rows[0].n).toBe(applied.rows[0].d);
        expect(applied.rows[0].n).toBeGreaterThanOrEqual(4);
        const communities = await client.query("SELECT count(*)::int AS n FROM communities");
        expect(communities.rows[0].n).toBe(1);
        // The starter pack went in once: no entry has a second version or a twin.
        const entries = await client.query(
          "SELECT count(*)::int AS n, count(DISTINCT starter_slug)::int AS d FROM faq_entries",
        );
        expect(entries.rows[0].n).toBe(entries.rows[0].d);
      } finally {
        await client.end();
      }
    }
  }, 120_000);
});
