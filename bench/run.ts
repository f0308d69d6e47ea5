import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, freemem, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createServices } from "../src/services/create-services.js";
import { silentLogger } from "../src/services/silent-logger.js";
import { openEngine, startBenchPostgres } from "./bench-engines.js";
import { measureCommunitySpread } from "./community-spread.js";
import { runConsole } from "./console-end-to-end.js";
import { type DecisionRateRow, measureDecisionRate } from "./decision-rate.js";
import { answerable, evalSet } from "./eval-set.js";
import { generateEntries, readStarterEntries } from "./generate-entries.js";
import { type MatchRow, measureMatchTimes, peerNames } from "./match-times.js";
import { gigdeskMatcher } from "./matchers.js";
import { timeCommands, timeThreadDecisions } from "./per-call-timings.js";
import { type BenchResults, renderTable } from "./render-table.js";
import { round, summarise, type TimingSummary } from "./timing.js";
import { measureWebPages } from "./web-pages.js";

/**
 * `npm run bench`: FAQ match time at 1k/10k/100k entries beside FTS5, Fuse.js and MiniSearch, the
 * same entries spread over 100 communities, top-1 accuracy on the eval set, the thread-reply
 * decision and two calculators through runCommand, the console end to end, and memory. Prints one
 * table and writes bench/results/latest.json. Sizes can be lowered for a quick look:
 * BENCH_SIZES=1000,10000 (and BENCH_WEB_ENTRIES=1000 for the web pages, 10,000 by default).
 * PostgreSQL rows (match times, decisions per second with 1 and 3 instances) come from a throwaway
 * server when initdb is installed; BENCH_POSTGRES=0 leaves them out, BENCH_DECISION_SECONDS sets
 * each decisions-per-second window (5 s by default).
 */

const benchFolder = fileURLToPath(new URL(".", import.meta.url));
const execFileAsync = promisify(execFile);
const runStarted = performance.now();
const log = (text: string) =>
  process.stderr.write(`[${((performance.now() - runStarted) / 1000).toFixed(0)}s] ${text}\n`);

const sizes = (process.env.BENCH_SIZES ?? "1000,10000,100000")
  .split(",")
  .map(Number)
  .filter((size) => Number.isInteger(size) && size > 0);
const memoryMessages = Number(process.env.BENCH_MEMORY_MESSAGES) || 100_000;
const webEntries = Number(process.env.BENCH_WEB_ENTRIES) || 10_000;
const largest = Math.max(...sizes);
const spreadCommunities = 100;
const decisionSeconds = Number(process.env.BENCH_DECISION_SECONDS) || 5;

/** Runs bench/memory-probe.ts in its own process, so its heap figures are its own. */
function probe(args: string[]): Promise<unknown> {
  return execFileAsync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", join(benchFolder, "memory-probe.ts"), ...args],
    { maxBuffer: 10_000_000, cwd: join(benchFolder, "..") },
  ).then(({ stdout }) => JSON.parse(stdout) as unknown);
}

const generatedAt = performance.now();
const { entries, topicOf } = generateEntries(largest);
log(`generated ${entries.length} entries in ${Math.round(performance.now() - generatedAt)} ms`);
const starterCount = readStarterEntries().length;
const databaseFolder = mkdtempSync(join(tmpdir(), "gigdesk-bench-"));
const databasePath = join(databaseFolder, "bench.sqlite");

// ---------------------------------------------------------------- matching, decisions, commands

const postgres = await startBenchPostgres();
if ("skipped" in postgres) log(`PostgreSQL rows skipped: ${postgres.skipped}`);
const postgresStores = "url" in postgres ? await openEngine("PostgreSQL", postgres.url) : undefined;
// SQLite's migrations seed the console community; a fresh PostgreSQL database registers the
// console space the way the bot does on its first console message.
await postgresStores?.stores.communities.communityOfSpace(
  { platform: "console", spaceId: "console" },
  new Date(),
);
const postgresView = postgresStores
  ? createServices(postgresStores.stores, silentLogger).forCommunity("console")
  : undefined;

let commandTimings: Record<string, TimingSummary> = {};
let decisionAt: { entries: number; timing: TimingSummary } | undefined;
const { accuracy, matchRows } = await measureMatchTimes({
  entries,
  topicOf,
  starterCount,
  sizes,
  databasePath,
  log,
  async atDecisionSize(bot, size) {
    decisionAt = { entries: size, timing: await timeThreadDecisions(bot) };
    log(
      `thread-reply decision @ ${size}: median ${decisionAt.timing.medianMs} ms, p99 ${decisionAt.timing.p99Ms} ms`,
    );
    commandTimings = await timeCommands(bot, ["eligibility", "exclusive-check"]);
    log(`commands: ${JSON.stringify(commandTimings)}`);
  },
  engineMatchers: postgresView ? [() => gigdeskMatcher(postgresView, "PostgreSQL")] : [],
});
await postgresStores?.close();

// Each engine's database now holds the largest FAQ; 1 and 3 bot processes decide threads on it.
const decisionRates: DecisionRateRow[] = [];
const engineLocations = [
  { engine: "SQLite" as const, location: databasePath },
  ...("url" in postgres ? [{ engine: "PostgreSQL" as const, location: postgres.url }] : []),
];
for (const { engine, location } of engineLocations) {
  for (const instances of [1, 3]) {
    const rate = await measureDecisionRate({
      engine,
      location,
      instances,
      entries: largest,
      seconds: decisionSeconds,
    });
    decisionRates.push(rate);
    log(`${engine}, ${instances} instance(s): ${rate.perSecond} decisions/s (${rate.failures} failed)`);
  }
}
if ("stop" in postgres) postgres.stop();

log(`the ${largest} entries over ${spreadCommunities} communities`);
const spread = await measureCommunitySpread({
  entries,
  starterCount,
  total: largest,
  communityCount: spreadCommunities,
  folder: databaseFolder,
  log,
});
log(`${spreadCommunities} communities: median ${spread.timing.medianMs} ms, p99 ${spread.timing.p99Ms} ms`);

// ---------------------------------------------------------------- memory with the largest FAQ

log(`memory probe: open the ${largest}-entry database and answer 20 questions`);
const memoryLoaded = (await probe(["loaded", databasePath, "20"])) as BenchResults["memory"]["loaded"];

// ---------------------------------------------------------------- console end to end

log("console end to end: 3 cold starts, then 1,000 piped lines");
const firstAnswers: number[] = [];
for (let run = 0; run < 3; run++) {
  const result = await runConsole([answerable[run]?.text ?? "/help"]);
  firstAnswers.push(result.firstAnswerMs);
}
const pipedLines = Array.from(
  { length: 1_000 },
  (_unused, index) => evalSet[index % evalSet.length]?.text ?? "?",
).map((line) => (line.trim() === "" || line.startsWith("/") ? "hello?" : line));
const piped = await runConsole(pipedLines);
const consoleResult = {
  firstAnswer: summarise(firstAnswers),
  piped: {
    lines: pipedLines.length,
    answeredLines: piped.lines,
    messagesPerSecond: Math.round(((piped.lines - 1) / piped.answeringMs) * 1000),
  },
};
log(
  `console: first answer median ${consoleResult.firstAnswer.medianMs} ms; ${consoleResult.piped.messagesPerSecond} msg/s`,
);

// ---------------------------------------------------------------- web pages over HTTP

log(`web pages: the bot process with ${Math.min(webEntries, entries.length)} entries, fetched over HTTP`);
const web = await measureWebPages({
  entries: entries.slice(0, webEntries),
  folder: databaseFolder,
  port: Number(process.env.BENCH_WEB_PORT) || 39_871,
});
log(
  `web: community page median ${web.communityPage.medianMs} ms, p99 ${web.communityPage.p99Ms} ms; ` +
    `${web.throughput.communityPagePerSecond} pages/s, ${web.throughput.searchPerSecond} searches/s`,
);

// Last, on its own: a second busy process would disturb the timings above on a two-core machine.
log(`memory probe: ${memoryMessages} messages through the thread-reply path, in a separate process`);
const memoryRun = (await probe(["messages", String(memoryMessages), databasePath])) as {
  entries: number;
  messages: number;
  answered: number;
  messagesPerSecond: number;
  samples: { messages: number; rssMb: number; heapUsedMb: number }[];
};
const firstSample = memoryRun.samples[0];
const middleSample = memoryRun.samples[Math.floor(memoryRun.samples.length / 2)];
const lastSample = memoryRun.samples.at(-1);
const earlyGrowth = (middleSample?.heapUsedMb ?? 0) - (firstSample?.heapUsedMb ?? 0);
const lateGrowth = (lastSample?.heapUsedMb ?? 0) - (middleSample?.heapUsedMb ?? 0);
rmSync(databaseFolder, { recursive: true, force: true });
// Levelled off: the second half of the stream adds little retained heap (a leak grows linearly).
const levelsOff = lateGrowth <= Math.max(4, earlyGrowth * 0.5);

// ---------------------------------------------------------------- report

const at = (matcher: string, size: number) =>
  matchRows.find((row) => row.matcher === matcher && row.entries === size);
const medianOf = (row: MatchRow | undefined) =>
  row?.timing?.medianMs ?? row?.extrapolatedMedianMs ?? Number.NaN;
const ratios = sizes.map((size) => ({
  entries: size,
  /** Each peer's median over gigdesk's, and whether the peer's figure is a projection. */
  peers: peerNames.map((name) => ({
    name,
    overGigdesk: round(medianOf(at(name, size)) / medianOf(at("gigdesk", size)), 2),
    projected: at(name, size)?.timing === null,
  })),
}));
const largestGigdesk = at("gigdesk", largest)?.timing ?? undefined;
const starterAccuracy = accuracy.filter((row) => row.entries === starterCount);
const bestPeerAccuracy = Math.max(
  ...starterAccuracy.filter((row) => row.matcher !== "gigdesk").map((row) => row.exactTop1),
);
const gigdeskAccuracy = starterAccuracy.find((row) => row.matcher === "gigdesk")?.exactTop1 ?? 0;
const fuseLargest = medianOf(at("Fuse.js", largest));
const singleP99 = largestGigdesk?.p99Ms ?? null;
const spreadRatio = singleP99 ? round(spread.timing.p99Ms / singleP99, 2) : null;
const targets: BenchResults["targets"] = {
  matchP99Under10MsAtLargest: {
    label: `match p99 < 10 ms at ${largest}`,
    value: singleP99,
    met: (singleP99 ?? Infinity) < 10,
  },
  decisionP99Under5MsAt10k: {
    label: "decision p99 < 5 ms at 10,000",
    value: decisionAt?.timing.p99Ms ?? null,
    met: (decisionAt?.timing.p99Ms ?? Infinity) < 5,
  },
  communitySpreadP99Within1_5x: {
    label: `match p99 over ${spreadCommunities} communities <= 1.5x one community's, at ${largest}`,
    value: spreadRatio === null ? null : `${spread.timing.p99Ms} vs ${singleP99} ms (${spreadRatio}x)`,
    met: spreadRatio !== null && spreadRatio <= 1.5,
  },
  top1AtLeastBestPeer: {
    label: "top-1 >= best peer (starter pack)",
    value: `${gigdeskAccuracy} vs ${bestPeerAccuracy}`,
    met: gigdeskAccuracy >= bestPeerAccuracy,
  },
  atLeastAsFastAsFuse: {
    label: `median <= Fuse.js at ${largest}`,
    value: `${largestGigdesk?.medianMs ?? "-"} vs ${fuseLargest} ms`,
    met: (largestGigdesk?.medianMs ?? Infinity) <= fuseLargest,
  },
  memoryLevelsOff: {
    label: "retained heap levels off over the message stream",
    value: `${round(earlyGrowth, 1)} / ${round(lateGrowth, 1)} MB`,
    met: levelsOff,
  },
};

const results: BenchResults = {
  generatedAt: new Date().toISOString(),
  command: "npm run bench",
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    totalMemoryGb: round(totalmem() / 1_073_741_824, 1),
    freeMemoryGb: round(freemem() / 1_073_741_824, 1),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverageAtEnd: loadavg().map((value) => round(value, 2)),
  },
  match: matchRows,
  ratios,
  accuracy,
  communitySpread: { ...spread, singleCommunityP99Ms: singleP99, p99Ratio: spreadRatio },
  threadReplyDecision: decisionAt,
  commands: commandTimings,
  engines: {
    postgres: "skipped" in postgres ? { skipped: postgres.skipped } : "measured",
    decisionRates,
  },
  console: consoleResult,
  web,
  memory: {
    loaded: memoryLoaded,
    messages: {
      ...memoryRun,
      levelsOff,
      earlyGrowthMb: round(earlyGrowth, 1),
      lateGrowthMb: round(lateGrowth, 1),
    },
  },
  targets,
  totalSeconds: Math.round((performance.now() - runStarted) / 1000),
};

mkdirSync(join(benchFolder, "results"), { recursive: true });
writeFileSync(join(benchFolder, "results", "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`${renderTable(results)}\n`);
