import { join } from "node:path";
import type { FaqEntryInput } from "../src/core/faq/types.js";
import { createServices } from "../src/services/create-services.js";
import { silentLogger } from "../src/services/silent-logger.js";
import { openDatabase } from "../src/storage/sqlite/open-database.js";
import { createSqliteStores } from "../src/storage/sqlite/sqlite-stores.js";
import { timedQueries } from "./eval-set.js";
import { gigdeskMatcher } from "./matchers.js";
import { collectGarbage, round, sampleAsync, summarise, type TimingSummary } from "./timing.js";

export interface CommunitySpreadResult {
  communities: number;
  entries: number;
  timing: TimingSummary;
  /** Exact top-1 over the queries, each asked in one of the communities (all hold the starter pack). */
  exactTop1: number;
}

/**
 * Issue 13's scale check: the same number of entries as the largest single-community run, spread
 * over `communityCount` communities in one file (each the starter pack plus its share of the
 * generated entries), every query asked in one community. The full-text index still holds every
 * community's postings, so this shows what the per-community filter costs.
 */
export async function measureCommunitySpread(input: {
  entries: readonly FaqEntryInput[];
  starterCount: number;
  total: number;
  communityCount: number;
  folder: string;
  log(text: string): void;
}): Promise<CommunitySpreadResult> {
  const { entries, starterCount, total, communityCount } = input;
  const starter = entries.slice(0, starterCount);
  const perCommunity = Math.floor(total / communityCount) - starterCount;
  if (perCommunity < 0)
    throw new Error(`${total} entries cannot give ${communityCount} communities the starter pack`);
  const generated = entries.slice(starterCount);
  const database = openDatabase(join(input.folder, "communities.sqlite"));
  try {
    const stores = createSqliteStores(database);
    const bot = createServices(stores, silentLogger);
    const ids = Array.from({ length: communityCount }, (_unused, index) => `bench-${index}`);
    const started = performance.now();
    for (const [index, id] of ids.entries()) {
      await stores.communities.ensureCommunity(id, new Date());
      const share = generated.slice(index * perCommunity, (index + 1) * perCommunity);
      await gigdeskMatcher(bot.forCommunity(id)).add([...starter, ...share]);
    }
    const stored = (perCommunity + starterCount) * communityCount;
    input.log(
      `${stored} entries over ${communityCount} communities imported in ${Math.round(performance.now() - started)} ms`,
    );

    const matchers = ids.map((id) => gigdeskMatcher(bot.forCommunity(id)));
    const queries = timedQueries;
    const warmup = 3;
    let calls = 0;
    let exact = 0;
    collectGarbage();
    const times = await sampleAsync(
      async (index) => {
        const query = queries[index % queries.length];
        const slug = await matchers[index % matchers.length]?.top1(query?.text ?? "?");
        // Scored once per query, on the first measured pass (the warm-up calls are not scored).
        const measured = calls++ - warmup;
        if (measured >= 0 && measured < queries.length && slug === query?.expected) exact += 1;
      },
      { warmup, minSamples: queries.length * 3, maxSamples: queries.length * 5, budgetMs: 8_000 },
    );
    return {
      communities: communityCount,
      entries: stored,
      timing: summarise(times),
      exactTop1: round(exact / queries.length, 3),
    };
  } finally {
    database.close();
  }
}
