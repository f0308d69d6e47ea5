import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, freemem, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { commands } from "../commands/index.js";
import { optionFields } from "../src/command-kit/option-fields.js";
import { parseCommandLine, parseOptions } from "../src/command-kit/parse-command-line.js";
import { listCommandPaths } from "../src/command-kit/resolve-command.js";
import { runCommand } from "../src/command-kit/run-command.js";
import { coerceOptions } from "../src/command-kit/text-invocation.js";
import type { Actor } from "../src/core/actor.js";
import type { FaqEntryInput } from "../src/core/faq/types.js";
import type { Logger } from "../src/ports/logger.js";
import { createServices } from "../src/services/create-services.js";
import { openDatabase } from "../src/storage/sqlite/open-database.js";
import { createSqliteStores } from "../src/storage/sqlite/sqlite-stores.js";
import { runConsole } from "./console-end-to-end.js";
import { generateEntries, readStarterEntries } from "./generate-entries.js";
import { fuseMatcher, gigdeskMatcher, type Matcher, miniSearchMatcher } from "./matchers.js";
import { round, sampleAsync, summarise, type TimingSummary } from "./timing.js";

/**
 * `npm run bench`: FAQ match time at 1k/10k/100k entries beside Fuse.js and MiniSearch, top-1
 * accuracy on the eval set, the thread-reply decision and two calculators through runCommand,
 * the console end to end, and memory. Prints one table and writes bench/results/latest.json.
 * Sizes can be lowered for a quick look: BENCH_SIZES=1000,10000.
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
const largest = Math.max(...sizes);

const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silentLogger };

interface EvalMessage {
  text: string;
  expected: string | null;
}
const evalSet = (
  JSON.parse(readFileSync(new URL("../test/fixtures/eval-messages.json", import.meta.url), "utf8")) as {
    messages: EvalMessage[];
  }
).messages;
const answerable = evalSet.filter(
  (message): message is { text: string; expected: string } => message.expected !== null,
);

// ---------------------------------------------------------------- memory probe (its own process)

function probe(args: string[]): Promise<unknown> {
  return execFileAsync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", join(benchFolder, "memory-probe.ts"), ...args],
    { maxBuffer: 10_000_000, cwd: join(benchFolder, "..") },
  ).then(({ stdout }) => JSON.parse(stdout) as unknown);
}

// ---------------------------------------------------------------- entries

let phase = performance.now();
const { entries, topicOf } = generateEntries(largest);
log(`generated ${entries.length} entries in ${Math.round(performance.now() - phase)} ms`);

const databaseFolder = mkdtempSync(join(tmpdir(), "gigdesk-bench-"));
const databasePath = join(databaseFolder, "bench.sqlite");

// ---------------------------------------------------------------- accuracy on the starter pack

interface AccuracyRow {
  matcher: string;
  entries: number;
  queries: number;
  exactTop1: number;
  topicTop1: number;
  /** Exact top-1 on the common spread of queries every matcher answers at every size. */
  commonExactTop1?: number;
  commonQueries?: number;
}
const accuracy: AccuracyRow[] = [];
// generateEntries lists the starter pack first, unchanged.
const starter = entries.slice(0, readStarterEntries().length);

async function scoreAccuracy(
  matcher: Matcher,
  size: number,
  queries: typeof answerable,
): Promise<AccuracyRow> {
  let exact = 0;
  let topic = 0;
  for (const query of queries) {
    const slug = await matcher.top1(query.text);
    if (slug === query.expected) exact += 1;
    if (slug !== null && topicOf.get(slug) === query.expected) topic += 1;
  }
  return {
    matcher: matcher.name,
    entries: size,
    queries: queries.length,
    exactTop1: round(exact / queries.length, 3),
    topicTop1: round(topic / queries.length, 3),
  };
}

{
  const starterDatabase = openDatabase(":memory:");
  const starterServices = createServices(createSqliteStores(starterDatabase), silentLogger);
  for (const matcher of [gigdeskMatcher(starterServices), fuseMatcher(), miniSearchMatcher()]) {
    await matcher.add(starter);
    accuracy.push(await scoreAccuracy(matcher, starter.length, answerable));
  }
  starterDatabase.close();
  log(`starter-pack accuracy: ${accuracy.map((row) => `${row.matcher} ${row.exactTop1}`).join(", ")}`);
}

// ---------------------------------------------------------------- match time at each size

interface MatchRow {
  matcher: string;
  entries: number;
  buildMs: number;
  /** Null when the matcher was not run at this size because one query would take longer than the budget. */
  timing: TimingSummary | null;
  /** Median extrapolated linearly from the previous size (Fuse.js scans every entry per query). */
  extrapolatedMedianMs?: number;
}
const matchRows: MatchRow[] = [];
const database = openDatabase(databasePath);
const services = createServices(createSqliteStores(database), silentLogger);
const matcherFactories = [() => gigdeskMatcher(services), fuseMatcher, miniSearchMatcher];

/**
 * A fixed spread of about 30 eval queries over every topic, scored by every matcher at every size
 * (even the slow ones), so that accuracy is compared on the same questions.
 */
const spreadEvery = Math.ceil(answerable.length / 30);
const commonQueries = answerable.filter((_query, index) => index % spreadEvery === 0);
/** Queries per size, the common spread first: all answerable ones while cheap, the spread at the largest sizes. */
function queriesFor(size: number): typeof answerable {
  if (size >= 50_000) return commonQueries;
  return [...commonQueries, ...answerable.filter((_query, index) => index % spreadEvery !== 0)];
}

/**
 * Each query of the eval set is timed and scored in the same pass (after a warm-up), until the
 * set is done or the budget is spent; cheap matchers then repeat the set for more samples.
 */
async function measureMatcher(matcher: Matcher, size: number, queries: typeof answerable, budgetMs: number) {
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

let commandTimings: Record<string, TimingSummary> = {};
let decisionAt: { entries: number; timing: TimingSummary } | undefined;
// One matcher at a time, gigdesk first: a peer's in-memory index would otherwise sit in the same
// heap and its garbage collections would land in gigdesk's p99 (and the other way round).
for (const makeMatcher of matcherFactories) {
  const matcher = makeMatcher();
  let indexed = 0;
  for (const size of sizes) {
    const batch: FaqEntryInput[] = entries.slice(indexed, size);
    indexed = size;
    const queries = queriesFor(size);
    const budgetMs = size >= 10_000 ? 8_000 : 5_000;
    const previous = [...matchRows].reverse().find((row) => row.matcher === matcher.name);
    const previousMedian = previous?.timing?.medianMs ?? previous?.extrapolatedMedianMs;
    const projectedMs =
      previous && previousMedian !== undefined ? (previousMedian * size) / previous.entries : 0;
    if (projectedMs * (commonQueries.length + 3) > 60_000) {
      // The common spread would take over a minute: report the linear projection instead of a measurement.
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
    phase = performance.now();
    await matcher.add(batch);
    const buildMs = Math.round(performance.now() - phase);
    const measured = await measureMatcher(matcher, size, queries, budgetMs);
    accuracy.push(measured.accuracy);
    matchRows.push({ matcher: matcher.name, entries: size, buildMs, timing: measured.timing });
    log(
      `${matcher.name} @ ${size}: indexed +${batch.length} in ${buildMs} ms; median ${measured.timing.medianMs} ms, p99 ${measured.timing.p99Ms} ms over ${measured.timing.samples}; top-1 ${measured.accuracy.exactTop1} (topic ${measured.accuracy.topicTop1}, ${measured.accuracy.queries} queries)`,
    );

    // The decision and the calculators are measured once, at 10,000 entries (or the nearest size).
    if (matcher.name === "gigdesk" && decisionAt === undefined && (size >= 10_000 || size === largest)) {
      decisionAt = { entries: size, timing: await timeThreadDecisions() };
      log(
        `thread-reply decision @ ${size}: median ${decisionAt.timing.medianMs} ms, p99 ${decisionAt.timing.p99Ms} ms`,
      );
      commandTimings = await timeCommands(["eligibility", "exclusive-check"]);
      log(`commands: ${JSON.stringify(commandTimings)}`);
    }
  }
}
// Sizes a peer was too slow to reach are projected from its last measured size.
for (const name of ["Fuse.js", "MiniSearch"]) {
  const measured = matchRows.filter((row) => row.matcher === name);
  const last = measured.at(-1);
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
const matcherOrder = ["gigdesk", "Fuse.js", "MiniSearch"];
const byEntriesThenMatcher = (
  a: { entries: number; matcher: string },
  b: { entries: number; matcher: string },
) => a.entries - b.entries || matcherOrder.indexOf(a.matcher) - matcherOrder.indexOf(b.matcher);
matchRows.sort(byEntriesThenMatcher);
accuracy.sort(byEntriesThenMatcher);
database.close();

async function timeThreadDecisions(): Promise<TimingSummary> {
  let thread = 0;
  const now = new Date("2026-11-26T12:00:00Z");
  const times = await sampleAsync(
    async (index) => {
      thread += 1;
      await services.threadReplies.handle(
        {
          platform: "discord",
          communityId: "bench",
          channelId: "forum",
          channelKind: "forum",
          threadId: `bench-thread-${thread}`,
          messageId: `bench-message-${thread}`,
          authorId: `member-${index % 50}`,
          authorName: "member",
          authorIsBot: false,
          isThreadStart: true,
          mentionsBot: false,
          // Every eval message, answerable or not: the decision includes staying silent.
          text: evalSet[index % evalSet.length]?.text ?? "?",
        },
        now,
      );
    },
    { warmup: 20, minSamples: 100, maxSamples: evalSet.length * 4, budgetMs: 6_000 },
  );
  return summarise(times);
}

async function timeCommands(names: string[]): Promise<Record<string, TimingSummary>> {
  const actor: Actor = {
    platform: "console",
    communityId: "bench",
    userId: "bench",
    displayName: "bench",
    isModerator: false,
  };
  const result: Record<string, TimingSummary> = {};
  for (const { path, command } of listCommandPaths(commands)) {
    if (!names.includes(path)) continue;
    // The command's own examples, parsed once as the text syntax would, then run through runCommand.
    const inputs = command.examples.map((example) => {
      const parsed = parseCommandLine(`/${example}`);
      const fields = optionFields(command.options);
      const options = parseOptions(
        parsed?.rest ?? "",
        fields.map((field) => field.name),
        command.restOption,
      );
      if (!options.ok) throw new Error(`example "${example}" does not parse: ${options.reason}`);
      return coerceOptions(options.values, fields);
    });
    const times = await sampleAsync(
      async (index) =>
        await runCommand(command, inputs[index % inputs.length] ?? {}, {
          actor,
          services,
          commands,
          now: new Date("2026-11-26T12:00:00Z"),
        }),
      { warmup: 50, minSamples: 200, maxSamples: 2_000, budgetMs: 3_000 },
    );
    result[path] = summarise(times);
  }
  return result;
}

// ---------------------------------------------------------------- memory with the largest FAQ

log(`memory probe: open the ${largest}-entry database and answer 20 questions`);
const memoryLoaded = (await probe(["loaded", databasePath, "20"])) as {
  entries: number;
  after: { rssMb: number; heapUsedMb: number };
  before: { rssMb: number };
};

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
const ratios = sizes.map((size) => {
  const gigdesk = medianOf(at("gigdesk", size));
  return {
    entries: size,
    fuseOverGigdesk: round(medianOf(at("Fuse.js", size)) / gigdesk, 2),
    fuseExtrapolated: at("Fuse.js", size)?.timing === null,
    miniSearchOverGigdesk: round(medianOf(at("MiniSearch", size)) / gigdesk, 2),
    miniSearchExtrapolated: at("MiniSearch", size)?.timing === null,
  };
});
const largestGigdesk = at("gigdesk", largest)?.timing ?? undefined;
const starterAccuracy = accuracy.filter((row) => row.entries === starter.length);
const bestPeerAccuracy = Math.max(
  ...starterAccuracy.filter((row) => row.matcher !== "gigdesk").map((row) => row.exactTop1),
);
const gigdeskAccuracy = starterAccuracy.find((row) => row.matcher === "gigdesk")?.exactTop1 ?? 0;
const fuseLargest = medianOf(at("Fuse.js", largest));
const targets = {
  matchP99Under10MsAtLargest: {
    value: largestGigdesk?.p99Ms ?? null,
    met: (largestGigdesk?.p99Ms ?? Infinity) < 10,
  },
  decisionP99Under5MsAt10k: {
    value: decisionAt?.timing.p99Ms ?? null,
    met: (decisionAt?.timing.p99Ms ?? Infinity) < 5,
  },
  top1AtLeastBestPeer: {
    value: gigdeskAccuracy,
    bestPeer: bestPeerAccuracy,
    met: gigdeskAccuracy >= bestPeerAccuracy,
  },
  atLeastAsFastAsFuse: {
    value: largestGigdesk?.medianMs ?? null,
    fuse: fuseLargest,
    met: (largestGigdesk?.medianMs ?? Infinity) <= fuseLargest,
  },
  memoryLevelsOff: {
    met: levelsOff,
    earlyGrowthMb: round(earlyGrowth, 1),
    lateGrowthMb: round(lateGrowth, 1),
  },
};

const results = {
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
  threadReplyDecision: decisionAt,
  commands: commandTimings,
  console: consoleResult,
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

function renderTable(r: typeof results): string {
  const lines: string[] = [];
  const row = (...cells: (string | number)[]) => lines.push(`| ${cells.join(" | ")} |`);
  lines.push(
    `gigdesk benchmark (${r.machine.cpus} cores, ${r.machine.node}, load ${r.machine.loadAverageAtEnd.join(" ")}) in ${r.totalSeconds} s`,
    "",
  );
  row("FAQ match", "entries", "median ms", "p99 ms", "queries/s (1 core)", "samples", "index build ms");
  row("---", "---:", "---:", "---:", "---:", "---:", "---:");
  for (const match of r.match) {
    if (match.timing === null) {
      row(match.matcher, match.entries, `~${match.extrapolatedMedianMs} (projected)`, "-", "-", 0, "-");
      continue;
    }
    row(
      match.matcher,
      match.entries,
      match.timing.medianMs,
      match.timing.p99Ms,
      match.timing.perSecond,
      match.timing.samples,
      match.buildMs,
    );
  }
  lines.push("");
  row("peer median / gigdesk median", "entries", "Fuse.js", "MiniSearch");
  row("---", "---:", "---:", "---:");
  for (const ratio of r.ratios) {
    const mark = (value: number, projected: boolean) => `${value}x${projected ? " (projected)" : ""}`;
    row(
      "",
      ratio.entries,
      mark(ratio.fuseOverGigdesk, ratio.fuseExtrapolated),
      mark(ratio.miniSearchOverGigdesk, ratio.miniSearchExtrapolated),
    );
  }
  lines.push("");
  row(
    "top-1 accuracy (eval set, answerable)",
    "entries",
    "queries",
    "exact",
    "same topic",
    "exact, common spread",
  );
  row("---", "---:", "---:", "---:", "---:", "---:");
  for (const entry of r.accuracy) {
    const common =
      entry.commonExactTop1 === undefined ? "-" : `${entry.commonExactTop1} (${entry.commonQueries})`;
    row(entry.matcher, entry.entries, entry.queries, entry.exactTop1, entry.topicTop1, common);
  }
  lines.push("");
  row("per call", "median ms", "p99 ms", "calls/s", "samples");
  row("---", "---:", "---:", "---:", "---:");
  if (r.threadReplyDecision) {
    const t = r.threadReplyDecision.timing;
    row(
      `thread-reply decision @ ${r.threadReplyDecision.entries} entries`,
      t.medianMs,
      t.p99Ms,
      t.perSecond,
      t.samples,
    );
  }
  for (const [name, t] of Object.entries(r.commands))
    row(`/${name} (runCommand)`, t.medianMs, t.p99Ms, t.perSecond, t.samples);
  lines.push("");
  row("console (npm start, piped stdin)", "value");
  row("---", "---:");
  row("process start to first answer, median of 3 (ms)", r.console.firstAnswer.medianMs);
  row("process start to first answer, slowest of 3 (ms)", r.console.firstAnswer.p99Ms);
  row(`messages per second (${r.console.piped.lines} piped questions)`, r.console.piped.messagesPerSecond);
  lines.push("");
  row("memory", "value");
  row("---", "---:");
  row(
    `RSS with ${r.memory.loaded.entries} entries loaded, after 20 questions (MB)`,
    r.memory.loaded.after.rssMb,
  );
  const messages = r.memory.messages;
  row(
    `RSS before / after ${messages.messages} messages on ${messages.entries} entries (MB)`,
    `${messages.samples[0]?.rssMb} / ${messages.samples.at(-1)?.rssMb}`,
  );
  row(
    "retained heap growth, first half / second half (MB)",
    `${messages.earlyGrowthMb} / ${messages.lateGrowthMb}`,
  );
  row("growth levels off", messages.levelsOff ? "yes" : "NO (leak?)");
  lines.push("");
  row("target", "value", "met");
  row("---", "---:", "---");
  row(
    `match p99 < 10 ms at ${largest}`,
    r.targets.matchP99Under10MsAtLargest.value ?? "-",
    r.targets.matchP99Under10MsAtLargest.met ? "yes" : "NO",
  );
  row(
    "decision p99 < 5 ms at 10,000",
    r.targets.decisionP99Under5MsAt10k.value ?? "-",
    r.targets.decisionP99Under5MsAt10k.met ? "yes" : "NO",
  );
  row(
    "top-1 >= best peer (starter pack)",
    `${r.targets.top1AtLeastBestPeer.value} vs ${r.targets.top1AtLeastBestPeer.bestPeer}`,
    r.targets.top1AtLeastBestPeer.met ? "yes" : "NO",
  );
  row(
    `median <= Fuse.js at ${largest}`,
    `${r.targets.atLeastAsFastAsFuse.value} vs ${r.targets.atLeastAsFastAsFuse.fuse} ms`,
    r.targets.atLeastAsFastAsFuse.met ? "yes" : "NO",
  );
  return lines.join("\n");
}
