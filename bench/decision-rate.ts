import { spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { EngineName } from "./bench-engines.js";
import { round } from "./timing.js";

export interface DecisionRateRow {
  engine: EngineName;
  instances: number;
  entries: number;
  decisions: number;
  /** Decisions that threw (a storage-busy error under contention), not counted as decided. */
  failures: number;
  seconds: number;
  perSecond: number;
}

const benchFolder = fileURLToPath(new URL(".", import.meta.url));

/**
 * Thread decisions per second with `instances` bot processes sharing one database, each with its
 * own store connection and deciding its own distinct threads through the thread-reply service.
 * Separate processes, not pools in one process: SQLite's driver is synchronous, so in-process
 * "instances" would only take turns and say nothing about several bots on one database.
 */
export async function measureDecisionRate(input: {
  engine: EngineName;
  location: string;
  instances: number;
  entries: number;
  seconds: number;
}): Promise<DecisionRateRow> {
  const workers = Array.from({ length: input.instances }, (_unused, index) => {
    const prefix = `rate-${input.engine}-${input.instances}-${index}-${Date.now().toString(36)}`;
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        join(benchFolder, "decision-worker.ts"),
        input.engine,
        input.location,
        prefix,
        String(input.seconds),
      ],
      { cwd: join(benchFolder, ".."), stdio: ["pipe", "pipe", "inherit"] },
    );
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    const nextLine = async () => {
      const line = await lines.next();
      if (line.done) throw new Error(`decision worker ${index} exited with ${await exited} before answering`);
      return line.value;
    };
    return { child, nextLine, exited };
  });
  try {
    for (const worker of workers) {
      const line = await worker.nextLine();
      if (line !== "ready") throw new Error(`decision worker said "${line}" instead of ready`);
    }
    for (const worker of workers) worker.child.stdin.end("go\n");
    const counts = await Promise.all(
      workers.map(async (worker) => {
        const result = JSON.parse(await worker.nextLine()) as {
          decisions: number;
          failures: number;
          seconds: number;
        };
        await worker.exited;
        return result;
      }),
    );
    const decisions = counts.reduce((sum, count) => sum + count.decisions, 0);
    const failures = counts.reduce((sum, count) => sum + count.failures, 0);
    // The instances ran side by side; the slowest one's window bounds the measurement.
    const seconds = Math.max(...counts.map((count) => count.seconds));
    return {
      engine: input.engine,
      instances: input.instances,
      entries: input.entries,
      decisions,
      failures,
      seconds: round(seconds, 2),
      perSecond: Math.round(decisions / seconds),
    };
  } finally {
    for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill();
  }
}
