import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { projectRoot } from "../support/run-bot-process.js";

/**
 * A real gigdesk process (`npm start` or `npm run faq`) started the way test/support/run-bot-process.ts
 * starts it, but in its own process group so that SIGKILL reaches node and not only npm, and with
 * stdout readable line by line while it runs.
 */
export interface KillableProcess {
  child: ChildProcessWithoutNullStreams;
  /** Lines printed so far on stdout. */
  lines: string[];
  stderr: () => string;
  /** Resolves with the exit code and signal once the whole process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL to the process group: npm, the shell and node die at once, mid-write. */
  kill(): void;
  /** Called for each stdout line as it arrives. */
  onLine(listener: (line: string) => void): void;
}

export function startKillable(npmArgs: string[], environment: Record<string, string>): KillableProcess {
  const child = spawn("npm", npmArgs, {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...environment },
    stdio: ["pipe", "pipe", "pipe"],
    detached: true,
  });
  const lines: string[] = [];
  const listeners: ((line: string) => void)[] = [];
  let partial = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    const text = partial + chunk.toString("utf8");
    const parts = text.split("\n");
    partial = parts.pop() ?? "";
    for (const line of parts) {
      lines.push(line);
      for (const listener of listeners) listener(line);
    }
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  // A killed reader must not crash the test with EPIPE.
  child.stdin.on("error", () => {});
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on("close", (code, signal) => resolve({ code, signal }));
  });
  return {
    child,
    lines,
    stderr: () => stderr,
    exited,
    kill() {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    },
    onLine(listener) {
      listeners.push(listener);
    },
  };
}
