import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { projectRoot } from "../support/run-bot-process.js";

/**
 * Another process (a second bot, `npm run faq -- import`, a backup tool) holding SQLite's write
 * lock. better-sqlite3 is synchronous, so the holder must be a separate process: it takes the
 * lock, says "locked", and commits after `holdMs` (or never, until it is killed).
 */
export function holdWriteLock(databasePath: string, holdMs: number): Promise<ChildProcessWithoutNullStreams> {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(process.argv[1]);
    db.exec("BEGIN IMMEDIATE");
    db.prepare("UPDATE faq_entries SET owner = owner WHERE id = 1").run();
    process.stdout.write("locked\\n");
    setTimeout(() => { db.exec("COMMIT"); db.close(); process.stdout.write("released\\n"); }, Number(process.argv[2]));
  `;
  const child = spawn(process.execPath, ["-e", script, databasePath, String(holdMs)], { cwd: projectRoot });
  return new Promise((resolve, reject) => {
    child.stdout.once("data", () => resolve(child));
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
}

/** The longest pause between the ticks of a 10 ms timer while `during` runs: how long the loop was blocked. */
export async function longestTimerGapMs(during: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  try {
    await during();
  } finally {
    clearInterval(timer);
  }
  return Math.max(longest, performance.now() - last);
}
