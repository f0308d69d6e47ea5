import { fileURLToPath } from "node:url";
import { describe, expect, inject, it } from "vitest";
import { runEval, runHoldout } from "../../src/services/run-eval.js";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

function serverUrl(): string {
  const server = inject("postgres");
  if ("problem" in server)
    throw new Error(`No PostgreSQL server for the eval parity test: ${server.problem}`);
  return server.url;
}

/**
 * Issue 14's search check: `npm run eval` on PostgreSQL (tsvector + GIN, the same bounded scan and
 * re-ranking) answers the same messages with the same entries as on SQLite (FTS5). Each message is
 * compared, not the totals, so two differences that cancel out still fail.
 */
describe("npm run eval gives the same answers on PostgreSQL as on SQLite", () => {
  it("on the k-fold messages and on the holdout", { timeout: 180_000 }, async () => {
    const databaseUrl = serverUrl();
    const messagesPath = fixture("eval-messages.json");
    const holdoutPath = fixture("eval-holdout.json");
    const sqlite = await runEval({ messagesPath });
    const postgres = await runEval({ messagesPath, databaseUrl });
    expect(sqlite.answers.filter((answer) => answer.answeredWith !== null).length).toBeGreaterThan(100);
    expect(postgres.answers).toEqual(sqlite.answers);

    const holdoutSqlite = await runHoldout({ messagesPath: holdoutPath });
    const holdoutPostgres = await runHoldout({ messagesPath: holdoutPath, databaseUrl });
    expect(holdoutPostgres.answers).toEqual(holdoutSqlite.answers);
  });
});
