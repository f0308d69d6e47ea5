import { createInterface } from "node:readline";
import { createServices } from "../src/services/create-services.js";
import { silentLogger } from "../src/services/silent-logger.js";
import { type EngineName, openEngine } from "./bench-engines.js";
import { decideBenchThread } from "./decide-bench-thread.js";

/**
 * One bot instance for the decisions-per-second rows, in its own process:
 *   decision-worker.ts <SQLite|PostgreSQL> <file or URL> <thread prefix> <seconds>
 * It opens its own store connection, warms up, prints "ready", waits for "go" on stdin (so all
 * instances start together), decides fresh threads for the given time and prints its counts as JSON.
 */
const [engine, location, prefix, secondsText] = process.argv.slice(2);
if ((engine !== "SQLite" && engine !== "PostgreSQL") || !location || !prefix || !secondsText) {
  process.stderr.write("usage: decision-worker.ts <SQLite|PostgreSQL> <file or URL> <prefix> <seconds>\n");
  process.exit(2);
}
const opened = await openEngine(engine as EngineName, location);
const bot = createServices(opened.stores, silentLogger);
let thread = 0;
// Thread ids are distinct per instance: each instance decides its own threads, as shards would.
const decide = () => {
  thread += 1;
  return decideBenchThread(bot, `${prefix}-${thread}`, thread);
};
for (let warmup = 0; warmup < 20; warmup++) await decide();
process.stdout.write("ready\n");
const orders = createInterface({ input: process.stdin });
await new Promise<void>((resolve) => orders.once("line", () => resolve()));
// An open stdin would keep the process alive after its report.
orders.close();

let decisions = 0;
let failures = 0;
const started = performance.now();
const until = started + Number(secondsText) * 1000;
while (performance.now() < until) {
  try {
    await decide();
    decisions += 1;
  } catch {
    // A storage-busy error under contention is a lost decision, counted rather than hidden.
    failures += 1;
  }
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({ decisions, failures, seconds })}\n`);
await opened.close();
