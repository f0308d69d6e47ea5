import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FaqEntryInput } from "../src/core/faq/types.js";
import { openDatabase } from "../src/storage/sqlite/open-database.js";
import { createSqliteStores } from "../src/storage/sqlite/sqlite-stores.js";
import { summarise, type TimingSummary } from "./timing.js";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));

export interface WebBenchResult {
  entries: number;
  /** Sequential GETs, one at a time, each timed to the last byte of the body. */
  communityPage: TimingSummary;
  entryPage: TimingSummary;
  search: TimingSummary;
  /** `concurrency` clients for `seconds`, counting complete 200 responses. */
  throughput: {
    concurrency: number;
    seconds: number;
    communityPagePerSecond: number;
    searchPerSecond: number;
  };
}

/** The console community with `entries` as its whole FAQ, in a database file the bot then opens. */
async function fillDatabase(path: string, entries: readonly FaqEntryInput[]): Promise<void> {
  const database = openDatabase(path);
  try {
    const stores = createSqliteStores(database);
    const now = new Date();
    await stores.communities.ensureCommunity("console", now);
    const actor = { platform: "console" as const, spaceId: "console", userId: "bench" };
    await stores.faq.transfer.importEntries(
      "console",
      [...entries],
      { replace: true, dryRun: false },
      actor,
      now,
    );
  } finally {
    database.close();
  }
}

/** The bundled bot as `npm start` runs it, console adapter and web server, until stopped. */
async function startBot(databasePath: string, port: number): Promise<ChildProcess> {
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: projectRoot, stdio: "ignore" });
  const child = spawn(process.execPath, ["dist/main.js", "--json"], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      DATABASE_PATH: databasePath,
      PORT: String(port),
      // The bench measures the server, not the per-address search budget (the largest allowed,
      // whose burst of a third, 333,333, outlasts every search the bench sends).
      WEB_SEARCHES_PER_MINUTE: "999999",
      LOG_LEVEL: "warn",
    },
    // stdin stays open: the console adapter stops the process when it ends.
    stdio: ["pipe", "ignore", "inherit"],
  });
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && !exited) {
    const up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error(
    exited
      ? "the bot exited before its web server came up"
      : "the bot's web server did not come up within 30 s",
  );
}

async function timeGets(urls: readonly string[], samples: number): Promise<TimingSummary> {
  const times: number[] = [];
  for (let index = -Math.min(20, samples); index < samples; index++) {
    const url = urls[Math.abs(index) % urls.length] ?? "";
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    if (index >= 0) times.push(performance.now() - started);
  }
  return summarise(times);
}

async function requestsPerSecond(urls: readonly string[], concurrency: number, seconds: number) {
  const stopAt = performance.now() + seconds * 1000;
  let done = 0;
  const client = async (offset: number) => {
    for (let index = offset; performance.now() < stopAt; index += concurrency) {
      const response = await fetch(urls[index % urls.length] ?? "");
      await response.arrayBuffer();
      if (response.status === 200) done += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_unused, offset) => client(offset)));
  return Math.round(done / ((performance.now() - started) / 1000));
}

/**
 * Page render and throughput of the web pages at `entries.length` entries, measured with Node's
 * fetch (undici) against the real bot process on 127.0.0.1: what a visitor's request costs end
 * to end, HTTP included.
 */
export async function measureWebPages(options: {
  entries: readonly FaqEntryInput[];
  folder: string;
  port: number;
  samples?: number;
  concurrency?: number;
  seconds?: number;
}): Promise<WebBenchResult> {
  const databasePath = join(options.folder, "web-bench.sqlite");
  await fillDatabase(databasePath, options.entries);
  const bot = await startBot(databasePath, options.port);
  const base = `http://127.0.0.1:${options.port}`;
  const samples = options.samples ?? 200;
  const concurrency = options.concurrency ?? 16;
  const seconds = options.seconds ?? 5;
  try {
    const community = [`${base}/c/console`];
    const entryPages = options.entries.slice(0, 500).map((entry) => `${base}/c/console/faq/${entry.slug}`);
    const searches = options.entries
      .slice(0, 200)
      .map((entry) => `${base}/c/console/search?q=${encodeURIComponent(entry.question)}`);
    return {
      entries: options.entries.length,
      communityPage: await timeGets(community, Math.min(samples, 100)),
      entryPage: await timeGets(entryPages, samples),
      search: await timeGets(searches, samples),
      throughput: {
        concurrency,
        seconds,
        communityPagePerSecond: await requestsPerSecond(community, concurrency, seconds),
        searchPerSecond: await requestsPerSecond(searches, concurrency, seconds),
      },
    };
  } finally {
    bot.kill("SIGTERM");
  }
}
