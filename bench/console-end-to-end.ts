import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root, where `npm start` runs (the same way test/support/run-bot-process.ts starts it). */
const projectRoot = fileURLToPath(new URL("..", import.meta.url));

export interface ConsoleRun {
  /** From spawn to the first answer line on stdout. */
  firstAnswerMs: number;
  /** From the first answer line to the last. */
  answeringMs: number;
  lines: number;
  exitCode: number | null;
}

/**
 * Runs the real `npm start -- --json` on a fresh database with `input` piped to stdin, timing the
 * first answer and the rest. The start includes npm, tsx, migrations and seeding the starter pack:
 * what a member waits for after a restart.
 */
export function runConsole(inputLines: readonly string[]): Promise<ConsoleRun> {
  const folder = mkdtempSync(join(tmpdir(), "gigdesk-bench-console-"));
  return new Promise<ConsoleRun>((resolve, reject) => {
    const started = performance.now();
    const child = spawn("npm", ["start", "--silent", "--", "--json"], {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        DATABASE_PATH: join(folder, "console.sqlite"),
      },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let firstAt: number | undefined;
    let lastAt = started;
    let lines = 0;
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      const now = performance.now();
      const count = chunk.toString("utf8").split("\n").length - 1;
      if (count === 0) return;
      firstAt ??= now;
      lastAt = now;
      lines += count;
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (exitCode) => {
      rmSync(folder, { recursive: true, force: true });
      if (firstAt === undefined) {
        reject(new Error(`npm start printed nothing (exit ${exitCode}): ${stderr.slice(0, 500)}`));
        return;
      }
      resolve({ firstAnswerMs: firstAt - started, answeringMs: lastAt - firstAt, lines, exitCode });
    });
    child.stdin.end(`${inputLines.join("\n")}\n`);
  });
}
