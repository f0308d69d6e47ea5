import type { FaqEntryInput } from "../src/core/faq/types.js";
import type { BotServices } from "../src/ports/services.js";
import { createServices } from "../src/services/create-services.js";
import { silentLogger } from "../src/services/silent-logger.js";
import { openDatabase } from "../src/storage/sqlite/open-database.js";
import { createSqliteStores } from "../src/storage/sqlite/sqlite-stores.js";
import { type AnswerableMessage, answerable, commonQueries, timedQueries } from "./eval-set.js";
import {
  fts5Bm25Matcher,
  fuseMatcher,
  gigdeskMatcher,
  type Matcher,
  miniSearchDefaultMatcher,
  miniSearchMatcher,
} from "./matchers.js";
import { collectGarbage, round, summarise, type TimingSummary } from "./timing.js";

export interface AccuracyRow {
  matcher: string;
  entries: number;
  queries: number;
  exactTop1: number;
  topicTop1: number;
  /** Exact top-1 on the common spread of queries every matcher answers at every size. */
  commonExactTop1?: number;
  commonQueries?: number;
}

export interface MatchRow {
  matcher: string;
  entries: number;
  buildMs: number;
  /** Null when the matcher was not run at this size because one query would take longer than the budget. */
  timing: TimingSummary | null;
  /** Median extrapolated linearly from the previous size (Fuse.js scans every entry per query). */
  extrapolatedMedianMs?: number;
}

/**
 * A peer whose common spread would take longer than this at a size is projected there. A minute
 * lets MiniSearch with its defaults (1.3-1.7 s a query at 100,000 entries) be measured rather
 * than projected; Fuse.js and fuzzy MiniSearch stay projected (45-57 s and 2-3.5 s a query).
 */
const PROJECTION_LIMIT_MS = 60_000;

export const peerNames = ["FTS5 bm25", "Fuse.js", "MiniSearch", "MiniSearch (defaults)"];
const matcherOrder = ["gigdesk", "gigdesk on PostgreSQL", ...peerNames];

export interface MatchTimesInput {
  entries: readonly FaqEntryInput[];
  /** The starter entry each generated entry paraphrases: "same topic" accuracy. */
  topicOf: ReadonlyMap<string, string>;
  starterCount: number;
  sizes: readonly number[];
  databasePath: string;
  log(text: string): void;
  /** Called once, with gigdesk's bot, when the FAQ first holds 10,000 entries (or the largest size). */
  atDecisionSize(bot: BotServices, size: number): Promise<void>;
  /** gigdesk over another engine's stores (PostgreSQL), measured right after SQLite's gigdesk. */
  engineMatchers?: (() => Matcher)[];
}

/**
 * Top-1 accuracy on the starter pack, then match time and accuracy for gigdesk and its peers at each
 * size. One matcher at a time, gigdesk first: a peer's in-memory index would otherwise sit in the
 * same heap and its garbage collections would land in gigdesk's p99 (and the other way round).
 */
export async function measureMatchTimes(input: MatchTimesInput) {
  const { entries, topicOf, sizes, log } = input;
  const largest = Math.max(...sizes);
  const accuracy: AccuracyRow[] = [];
  const matchRows: MatchRow[] = [];

  async function measureMatcher(
    matcher: Matcher,
    size: number,
    queries: readonly AnswerableMessage[],
    budgetMs: number,
  ) {
    collectGarbage();
    for (const query of queries.slice(0, 3)) await matcher.top1(query.text);
    const times: number[] = [];
    let exact = 0;
    let topic = 0;
    let commonExact = 0;
    const started = performance.now();
    for (let index = 0; index < queries.length * 5; index++) {
      const query = queries[index % queries.length];
      if (!query) break;
      const before = performance.now();
      const slug = await matcher.top1(query.text);
      times.push(performance.now() - before);
      if (index < queries.length) {
        if (slug === query.expected) exact += 1;
        if (slug !== null && topicOf.get(slug) === query.expected) topic += 1;
        if (index < commonQueries.length && slug === query.expected) commonExact += 1;
      }
      // The common spread is always finished, whatever the budget says.
      if (performance.now() - started > budgetMs && index >= commonQueries.length - 1) break;
    }
    const scored = Math.min(times.length, queries.length);
    const row: AccuracyRow = {
      matcher: matcher.name,
      entries: size,
      queries: scored,
      exactTop1: round(exact / scored, 3),
      topicTop1: round(topic / scored, 3),
      commonExactTop1: round(commonExact / commonQueries.length, 3),
      commonQueries: commonQueries.length,
    };
    return { timing: summarise(times), accuracy: row };
  }

  {
    const starter = entries.slice(0, input.starterCount);
    const starterDatabase = openDatabase(":memory:");
    // The console community exists in every new database; the bench fills it.
    const view = createServices(createSqliteStores(starterDatabase), silentLogger).forCommunity("console");
    const starterMatchers = [
      gigdeskMatcher(view),
      fts5Bm25Matcher(view),
      fuseMatcher(),
      miniSearchMatcher(),
      miniSearchDefaultMatcher(),
    ];
    for (const matcher of starterMatchers) {
      await matcher.add(starter);
      let exact = 0;
      let topic = 0;
      for (const query of answerable) {
        const slug = await matcher.top1(query.text);
        if (slug === query.expected) exact += 1;
        if (slug !== null && topicOf.get(slug) === query.expected) topic += 1;
      }
      accuracy.push({
        matcher: matcher.name,
        entries: starter.length,
        queries: answerable.length,
        exactTop1: round(exact / answerable.length, 3),
        topicTop1: round(topic / answerable.length, 3),
      });
    }
    starterDatabase.close();
    log(`starter-pack accuracy: ${accuracy.map((row) => `${row.matcher} ${row.exactTop1}`).join(", ")}`);
  }

  const database = openDatabase(input.databasePath);
  const bot = createServices(createSqliteStores(database), silentLogger);
  const view = bot.forCommunity("console");
  const matcherFactories = [
    () => gigdeskMatcher(view),
    ...(input.engineMatchers ?? []),
    fuseMatcher,
    miniSearchMatcher,
    miniSearchDefaultMatcher,
  ];
  /** Plain FTS5 reads the file gigdesk fills, so it is measured at each size right after gigdesk. */
  const fts5 = fts5Bm25Matcher(view);
  let decisionMeasured = false;
  for (const makeMatcher of matcherFactories) {
    const matcher = makeMatcher();
    let indexed = 0;
    for (const size of sizes) {
      const batch = entries.slice(indexed, size);
      indexed = size;
      const queries = timedQueries;
      const budgetMs = size >= 10_000 ? 8_000 : 5_000;
      const previous = [...matchRows].reverse().find((row) => row.matcher === matcher.name);
      const previousMedian = previous?.timing?.medianMs ?? previous?.extrapolatedMedianMs;
      const projectedMs =
        previous && previousMedian !== undefined ? (previousMedian * size) / previous.entries : 0;
      if (projectedMs * (commonQueries.length + 3) > PROJECTION_LIMIT_MS) {
        // The common spread would take too long: report the linear projection instead.
        matchRows.push({
          matcher: matcher.name,
          entries: size,
          buildMs: 0,
          timing: null,
          extrapolatedMedianMs: round(projectedMs, 1),
        });
        log(`${matcher.name} @ ${size}: skipped, about ${Math.round(projectedMs)} ms a query (projected)`);
        break;
      }
      const buildStarted = performance.now();
      await matcher.add(batch);
      const buildMs = Math.round(performance.now() - buildStarted);
      const measured = await measureMatcher(matcher, size, queries, budgetMs);
      accuracy.push(measured.accuracy);
      matchRows.push({ matcher: matcher.name, entries: size, buildMs, timing: measured.timing });
      log(
        `${matcher.name} @ ${size}: indexed +${batch.length} in ${buildMs} ms; median ${measured.timing.medianMs} ms, p99 ${measured.timing.p99Ms} ms over ${measured.timing.samples}; top-1 ${measured.accuracy.exactTop1} (topic ${measured.accuracy.topicTop1}, ${measured.accuracy.queries} queries)`,
      );
      if (matcher.name !== "gigdesk") continue;
      if (!decisionMeasured && (size >= 10_000 || size === largest)) {
        decisionMeasured = true;
        await input.atDecisionSize(bot, size);
      }
      const peer = await measureMatcher(fts5, size, queries, budgetMs);
      accuracy.push(peer.accuracy);
      matchRows.push({ matcher: fts5.name, entries: size, buildMs: 0, timing: peer.timing });
      log(
        `${fts5.name} @ ${size}: median ${peer.timing.medianMs} ms, p99 ${peer.timing.p99Ms} ms over ${peer.timing.samples}; top-1 ${peer.accuracy.exactTop1} (topic ${peer.accuracy.topicTop1})`,
      );
    }
  }
  database.close();
  projectUnreachedSizes(matchRows, sizes);
  matchRows.sort(byEntriesThenMatcher);
  accuracy.sort(byEntriesThenMatcher);
  return { accuracy, matchRows };
}

/** Sizes a peer was too slow to reach are projected from its last measured size. */
function projectUnreachedSizes(matchRows: MatchRow[], sizes: readonly number[]): void {
  for (const name of peerNames.filter((peer) => peer !== "FTS5 bm25")) {
    const last = matchRows.filter((row) => row.matcher === name).at(-1);
    const lastMedian = last?.timing?.medianMs ?? last?.extrapolatedMedianMs;
    if (!last || lastMedian === undefined) continue;
    for (const size of sizes.filter((candidate) => candidate > last.entries)) {
      matchRows.push({
        matcher: name,
        entries: size,
        buildMs: 0,
        timing: null,
        extrapolatedMedianMs: round((lastMedian * size) / last.entries, 1),
      });
    }
  }
}

function byEntriesThenMatcher(
  a: { entries: number; matcher: string },
  b: { entries: number; matcher: string },
) {
  return a.entries - b.entries || matcherOrder.indexOf(a.matcher) - matcherOrder.indexOf(b.matcher);
}
