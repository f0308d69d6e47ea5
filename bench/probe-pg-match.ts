/**
 * Probe: one PostgreSQL match end to end (median, p99, queries per match) over N generated entries,
 * then EXPLAIN (ANALYZE, BUFFERS) of the last candidate query. `npx tsx bench/probe-pg-match.ts`;
 * N=5000 for more entries, LOGQ=1 to print the queries, ANALYZE=1 to refresh statistics first.
 */
import pg from "pg";
import { createServices } from "../src/services/create-services.js";
import { openPostgresStores } from "../src/storage/postgres/open-postgres.js";
import { startBenchPostgres } from "./bench-engines.js";
import { generateEntries } from "./generate-entries.js";
import { gigdeskMatcher } from "./matchers.js";

const silent = {
  info() {},
  warn() {},
  error() {},
  debug() {},
  child() {
    return silent;
  },
} as never;
const server = await startBenchPostgres();
if ("skipped" in server) throw new Error(server.skipped);
const opened = await openPostgresStores(server.url);
let queries = 0;
let last: { text: string; values: unknown } | undefined;
const origQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: never[]) {
  queries++;
  const a0 = args[0] as unknown as { text?: string; values?: unknown[] } | string;
  const text = typeof a0 === "string" ? a0 : a0?.text;
  const values = (typeof a0 === "string" ? undefined : a0?.values) ?? (args[1] as unknown as unknown[]);
  if (process.env.LOGQ && queries < 40)
    console.log(String(text).replace(/\s+/g, " ").slice(0, 160), JSON.stringify(values)?.slice(0, 200));
  if (String(text).includes("to_tsquery") && !String(text).startsWith("EXPLAIN"))
    last = { text: String(text), values };
  return (origQuery as (...a: never[]) => unknown).apply(this, args);
} as never;
const bot = createServices(opened.stores, silent);
await opened.stores.communities.ensureCommunity("bench", new Date());
const m = gigdeskMatcher(bot.forCommunity("bench"), "PostgreSQL");
const { entries } = generateEntries(Number(process.env.N ?? 2000));
await m.add(entries);
if (process.env.ANALYZE) {
  const a = new pg.Client(server.url);
  await a.connect();
  await a.query("ANALYZE faq_entries");
  await a.end();
}
const qs = entries.slice(0, 60).map((e) => e.question);
for (const q of qs.slice(0, 5)) await m.top1(q);
queries = 0;
const times: number[] = [];
for (const q of qs) {
  const t = performance.now();
  await m.top1(q);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(
  `median ${(times[times.length >> 1] ?? 0).toFixed(2)} ms, p99 ${(times[Math.floor(times.length * 0.99)] ?? 0).toFixed(2)}, queries/match ${(queries / qs.length).toFixed(1)}`,
);
const c = new pg.Client(server.url);
await c.connect();
if (last)
  for (const row of (await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${last.text}`, last.values as never)).rows)
    console.log(row["QUERY PLAN"]);
console.log((await c.query("SELECT community_id, count(*) FROM faq_entries GROUP BY 1")).rows);
await opened.close();
await c.end();
server.stop();
