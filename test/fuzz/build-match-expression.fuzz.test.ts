import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { analyseText } from "../../src/core/faq/analyse-text.js";
import { buildMatchExpression } from "../../src/core/faq/build-match-expression.js";
import { openDatabase } from "../../src/storage/sqlite/open-database.js";
import { createSqliteStores } from "../../src/storage/sqlite/sqlite-stores.js";
import { seedCommunity } from "../support/test-bot.js";
import { CaseClock, describeText } from "./case-clock.js";
import { chatText, fuzzParameters, fuzzTimeoutMs, hostileText } from "./fuzz-support.js";

// A real FTS5 table (the migrations' faq_fts) with real rows: a syntax error would surface here.
const database = openDatabase(":memory:");
const stores = createSqliteStores(database);
await seedCommunity(stores, "console", new Date("2026-11-01T00:00:00Z"));
const matchCount = database.sqlite.prepare<[string], { n: number }>(
  "SELECT count(*) AS n FROM faq_fts WHERE faq_fts MATCH ?",
);
afterAll(() => database.close());
const clock = new CaseClock("the FTS5 query builder");

/** Words as callers could pass them, including FTS5 operators, quotes, column filters and stars. */
const word = fc.oneof(
  hostileText(16),
  fc.constantFrom("AND", "OR", "NOT", "NEAR", "near/3", "*", "^", "-", "+", '"', '""', "(", ")", ":"),
  fc.constantFrom("question:", "{answer}", "faq_fts", "rank", "NEAR(a b)", "a*", "^start", "ﬁx", "Ǆ", "İ"),
  fc.constantFrom("top", "rated", "jss", "badge", "fee", "connects", "2024", "90%"),
);

function expectAcceptedByFts5(expression: string): void {
  if (expression === "") return;
  const row = matchCount.get(expression);
  expect(typeof row?.n).toBe("number");
  // As the scan sends it: limited to one community and to the text columns.
  const scoped = matchCount.get(`community:"c1" AND {question aliases tags answer}:(${expression})`);
  expect(typeof scoped?.n).toBe("number");
}

describe("fuzz: the FTS5 query builder", () => {
  it(
    "builds an expression a real FTS5 MATCH accepts, or an empty one, from any words",
    () => {
      fc.assert(
        fc.property(
          fc.array(word, { maxLength: 30 }),
          fc.boolean(),
          fc.integer({ min: 0, max: 40 }),
          (words, prefix, maxWords) => {
            const expression = buildMatchExpression(words, { prefix, maxWords });
            expectAcceptedByFts5(expression);
            // Never more words than asked for, each one quoted.
            const parts = expression === "" ? [] : expression.split(" OR ");
            expect(parts.length).toBeLessThanOrEqual(maxWords);
            for (const part of parts) expect(part).toMatch(/^"[\p{L}\p{N}]+"\*?$/u);
          },
        ),
        fuzzParameters(),
      );
    },
    fuzzTimeoutMs(0.6),
  );

  it(
    "accepts what the analyser makes of any message (the path user text really takes)",
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            chatText(200),
            fc.array(word, { maxLength: 20 }).map((w) => w.join(" ")),
          ),
          (text) => {
            const expression = clock.measureSync(describeText(text), text.length, () =>
              buildMatchExpression(analyseText(text, 80).searchWords),
            );
            expectAcceptedByFts5(expression);
          },
        ),
        fuzzParameters(),
      );
    },
    fuzzTimeoutMs(1),
  );
});
