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
 * Issue 14's search check: on PostgreSQL (tsvector + GIN, the same bounded scan and re-ranking)
 * the committed model answers the same messages with the same entries as on SQLite (FTS5). Each
 * message is compared, not the totals, so two differences that cancel out still fail.
 *
 * `npm run eval` itself refits a model per fold from each engine's own first cuts, and those differ
 * for a few of the 407 messages: FTS5's Porter leaves words under three letters alone ("US" stays
 * "us", so "use" finds it) where PostgreSQL's Porter stems them, and the two tokenisers split
 * numbers such as "4.5" differently. A fold threshold one grid step apart then changes a message
 * or two, so the refitted runs are held to nearly the same answers, not the same ones.
 */
describe("npm run eval gives the same answers on PostgreSQL as on SQLite", () => {
  it("with the committed model, on the k-fold messages and on the holdout", {
    timeout: 180_000,
  }, async () => {
    const databaseUrl = serverUrl();
    for (const name of ["eval-messages.json", "eval-holdout.json"]) {
      const messagesPath = fixture(name);
      const sqlite = await runHoldout({ messagesPath });
      const postgres = await runHoldout({ messagesPath, databaseUrl });
      expect(sqlite.answers.filter((answer) => answer.answeredWith !== null).length).toBeGreaterThan(40);
      expect(postgres.answers, name).toEqual(sqlite.answers);
    }
  });

  it("with models refitted per fold on each engine: at most 1% of the messages differ", {
    timeout: 180_000,
  }, async () => {
    const messagesPath = fixture("eval-messages.json");
    const sqlite = await runEval({ messagesPath });
    const postgres = await runEval({ messagesPath, databaseUrl: serverUrl() });
    expect(sqlite.answers.filter((answer) => answer.answeredWith !== null).length).toBeGreaterThan(100);
    const differing = sqlite.answers.filter(
      (answer, index) => postgres.answers[index]?.answeredWith !== answer.answeredWith,
    );
    expect(differing.length, JSON.stringify(differing)).toBeLessThanOrEqual(
      Math.floor(sqlite.answers.length / 100),
    );
    postgres.foldThresholds.forEach((thresholds, fold) => {
      expect(Math.abs(thresholds.answer - (sqlite.foldThresholds[fold]?.answer ?? 0))).toBeLessThanOrEqual(
        0.021,
      );
    });
  });
});
