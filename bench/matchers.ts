import Fuse from "fuse.js";
import MiniSearch, { type SearchOptions } from "minisearch";
import { buildMatchExpression } from "../src/core/faq/build-match-expression.js";
import { tokenise } from "../src/core/faq/normalise-text.js";
import type { FaqEntryInput } from "../src/core/faq/types.js";
import type { Services } from "../src/ports/services.js";

/** One matcher under test: it indexes entries (cumulatively) and names its best entry for a question. */
export interface Matcher {
  name: string;
  /** How the peer is configured, for docs/benchmarks.md. */
  configuration: string;
  add(entries: readonly FaqEntryInput[]): void | Promise<void>;
  top1(question: string): string | null | Promise<string | null>;
  close?(): void;
}

const benchActor = { platform: "console" as const, spaceId: "bench", userId: "bench" };

/**
 * gigdesk as it runs: entries imported through the real store (FTS5 + triggers), matched the way
 * /ask does it (the services' candidate source, re-ranked by src/core/faq).
 */
export function gigdeskMatcher(services: Services, engine: "SQLite" | "PostgreSQL" = "SQLite"): Matcher {
  return {
    // SQLite's row keeps the plain name: the ratios and targets are stated against it.
    name: engine === "SQLite" ? "gigdesk" : `gigdesk on ${engine}`,
    configuration:
      engine === "SQLite"
        ? "SQLite FTS5 bounded candidate scans re-ranked by src/core/faq; the same path as /ask"
        : "PostgreSQL tsvector (GIN) bounded candidate scans re-ranked by src/core/faq; the same path as /ask",
    async add(entries) {
      await services.faq.transfer.importEntries(
        [...entries],
        { replace: false, dryRun: false },
        benchActor,
        new Date(),
      );
    },
    async top1(question) {
      return (await services.faqSearch.search(question, 0)).best?.entry.slug ?? null;
    },
  };
}

/** Fuse.js the way tag and FAQ bots use it: fuzzy over the question and its aliases. */
export function fuseMatcher(): Matcher {
  const documents: FaqEntryInput[] = [];
  let fuse: Fuse<FaqEntryInput> | undefined;
  const options = {
    keys: [
      { name: "question", weight: 2 },
      { name: "aliases", weight: 2 },
      { name: "tags", weight: 0.5 },
    ],
    ignoreLocation: true,
    threshold: 0.6,
    includeScore: true,
  };
  return {
    name: "Fuse.js",
    configuration: `Fuse.js 7.5 over question (weight 2), aliases (2), tags (0.5); ignoreLocation, threshold 0.6`,
    add(entries) {
      documents.push(...entries);
      fuse = new Fuse(documents, options);
    },
    top1(question) {
      return fuse?.search(question, { limit: 1 })[0]?.item.slug ?? null;
    },
  };
}

/** MiniSearch over the same fields as gigdesk's index; `searchOptions` is what a peer configuration changes. */
function miniSearchOver(name: string, configuration: string, searchOptions?: SearchOptions): Matcher {
  const index = new MiniSearch<FaqEntryInput>({
    idField: "slug",
    fields: ["question", "aliases", "answer", "tags"],
    storeFields: [],
    extractField: (document, field) => {
      const value = (document as unknown as Record<string, unknown>)[field];
      return Array.isArray(value) ? value.join(" ") : String(value ?? "");
    },
    ...(searchOptions ? { searchOptions } : {}),
  });
  return {
    name,
    configuration,
    add(entries) {
      index.addAll([...entries]);
    },
    top1(question) {
      const [best] = index.search(question);
      return best ? String(best.id) : null;
    },
  };
}

/** MiniSearch with the settings its README suggests for search-as-you-type over documents. */
export function miniSearchMatcher(): Matcher {
  return miniSearchOver(
    "MiniSearch",
    "MiniSearch 7.2 over question, aliases, answer, tags; boost question and aliases x2, prefix, fuzzy 0.2, OR",
    { boost: { question: 2, aliases: 2 }, prefix: true, fuzzy: 0.2, combineWith: "OR" },
  );
}

/**
 * Plain SQLite FTS5 over the same database file gigdesk uses: every word of the message OR-ed, ranked
 * by bm25 with the migration's column weights (question 10, aliases 8, tags 3, answer 1), top row.
 * What a user who already has the FTS5 index would try first. It reads the index gigdesk filled, so
 * it indexes nothing itself and is measured at each size right after gigdesk.
 */
export function fts5Bm25Matcher(services: Services): Matcher {
  return {
    name: "FTS5 bm25",
    configuration:
      "SQLite FTS5 on the same file: the message's words OR-ed, ORDER BY bm25(10, 8, 3, 1), LIMIT 1 (FaqStore.findCandidates)",
    add() {},
    async top1(question) {
      const expression = buildMatchExpression(tokenise(question, 80), { maxWords: 40 });
      if (expression === "") return null;
      return (await services.faq.candidates.findCandidates(expression, 1))[0]?.slug ?? null;
    },
  };
}

/** MiniSearch as its README starts: the same fields, no search options (no fuzzy, no prefix, OR). */
export function miniSearchDefaultMatcher(): Matcher {
  return miniSearchOver(
    "MiniSearch (defaults)",
    "MiniSearch 7.2 over question, aliases, answer, tags; default search options (no fuzzy, no prefix)",
  );
}
