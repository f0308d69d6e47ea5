import { type ChildProcess, type StdioOptions, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const projectRoot = join(import.meta.dirname, "..", "..");

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON lines (only meaningful with --json). */
  lines: Record<string, unknown>[];
}

export function freshDatabasePath(): string {
  return join(mkdtempSync(join(tmpdir(), "gigdesk-e2e-")), "nested", "gigdesk.sqlite");
}

/**
 * Runs the real `npm start` the way the README does, with piped stdin. Only the variables a
 * test gives (plus PATH and HOME) reach the bot, so the developer's own .env never leaks in.
 */
export function runBot(
  input: string,
  args: string[] = ["--json"],
  environment: Record<string, string> = {},
  timeoutMs = 25_000,
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["start", "--silent", "--", ...args], {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        DATABASE_PATH: freshDatabasePath(),
        ...environment,
      },
      stdio: ["pipe", "pipe", "pipe"],
      // Its own process group, so a kill reaches the bot and not only npm (npm does not forward it).
      detached: true,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += String(chunk);
    });
    child.stderr.on("data", (chunk) => {
      stderr += String(chunk);
    });
    // A hung bot must not outlive its test (and keep a core busy): kill it past the deadline.
    const deadline = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    }, timeoutMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(deadline);
      const lines = stdout
        .split("\n")
        .filter((line) => line.trim().startsWith("{"))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      resolve({ code, stdout, stderr, lines });
    });
    child.stdin.end(input);
  });
}

/** A TCP port nothing listens on right now, for a bot or fake server started by a test. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the bundle `npm start` runs (test/global-setup.ts builds it), as node itself so that a
 * signal reaches the bot rather than npm's wrapper. Only PATH, HOME, a fresh database and the
 * given variables reach it.
 */
export function spawnBot(
  args: string[],
  environment: Record<string, string>,
  stdio: StdioOptions,
): ChildProcess {
  return spawn(process.execPath, ["--enable-source-maps", "dist/main.js", ...args], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      DATABASE_PATH: freshDatabasePath(),
      ...environment,
    },
    stdio,
  });
}
