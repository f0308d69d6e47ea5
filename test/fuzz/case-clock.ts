import { afterAll } from "vitest";

/**
 * Issue 15: a pattern that backtracked over a member's message blocked the whole process for a
 * second, delaying every community's acknowledgements. Every fuzz case is timed against this
 * budget so that such a cost cannot come back unnoticed.
 */
export const caseBudgetMs = 50;

/** Runs of a slow case: a backtracking pattern is slow every time, a garbage collection once. */
const attemptsWhenSlow = 3;

/**
 * The CPU time this process spent on `run`. The machine's cores are shared (with other test
 * files, other people's builds), and time spent waiting for a core is not the case's cost; what
 * the case itself computes is, and it is what a quadratic pattern multiplies.
 */
function cpuMs(started: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/** The fastest of `attempts` runs of a synchronous `run`, in CPU milliseconds. */
export function fastestCpuMs(run: () => unknown, attempts = attemptsWhenSlow): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const started = process.cpuUsage();
    run();
    fastest = Math.min(fastest, cpuMs(started));
  }
  return fastest;
}

export interface SlowestCase {
  ms: number;
  label: string;
  length: number;
}

/**
 * Times the cases of one fuzz file. `measure` returns the first run's result; a case over budget is
 * run again, and fails only when every run was over (its cost is the fastest run). The slowest case
 * is printed when the file ends, for `npm run fuzz` to report.
 */
export class CaseClock {
  readonly slowest: SlowestCase = { ms: 0, label: "", length: 0 };

  constructor(readonly target: string) {
    afterAll(() => {
      console.info(
        `[fuzz] slowest case of ${this.target}: ${this.slowest.ms.toFixed(1)} ms of CPU (${this.slowest.label}, ${this.slowest.length} characters; budget ${caseBudgetMs} ms)`,
      );
    });
  }

  async measure<T>(label: string, length: number, run: () => T | Promise<T>): Promise<T> {
    let started = process.cpuUsage();
    const result = await run();
    let fastest = cpuMs(started);
    for (let attempt = 1; attempt < attemptsWhenSlow && fastest > caseBudgetMs; attempt++) {
      started = process.cpuUsage();
      await run();
      fastest = Math.min(fastest, cpuMs(started));
    }
    this.note(fastest, label, length);
    return result;
  }

  /** The synchronous form, for targets that never await. */
  measureSync<T>(label: string, length: number, run: () => T): T {
    const started = process.cpuUsage();
    const result = run();
    const first = cpuMs(started);
    const fastest = first > caseBudgetMs ? Math.min(first, fastestCpuMs(run, attemptsWhenSlow - 1)) : first;
    this.note(fastest, label, length);
    return result;
  }

  private note(ms: number, label: string, length: number): void {
    if (ms > this.slowest.ms) Object.assign(this.slowest, { ms, label, length });
    if (ms > caseBudgetMs) {
      throw new Error(
        `${this.target}: a case took ${ms.toFixed(1)} ms of CPU at best of ${attemptsWhenSlow} runs (budget ${caseBudgetMs} ms): ${label} (${length} characters)`,
      );
    }
  }
}

/** A short, printable description of a fuzz input for the slowest-case line. */
export function describeText(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
