import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Timing helpers for the benchmark: every figure is a median and a p99 over repeated samples after a warm-up. */

export interface TimingSummary {
  samples: number;
  medianMs: number;
  p99Ms: number;
  meanMs: number;
  /** Calls per second on one core (the benchmark is single-threaded): 1000 / mean. */
  perSecond: number;
}

export function summarise(samplesMs: readonly number[]): TimingSummary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (fraction: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  return {
    samples: sorted.length,
    medianMs: round(at(0.5)),
    p99Ms: round(at(0.99)),
    meanMs: round(mean),
    perSecond: mean > 0 ? Math.round(1000 / mean) : 0,
  };
}

export function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export interface SampleOptions {
  /** Calls before measuring (JIT, SQLite page cache, profile caches). */
  warmup: number;
  /** Stop after this many samples... */
  maxSamples: number;
  /** ...or once this much time has been spent measuring, whichever comes first. */
  budgetMs: number;
  /** But never fewer than this many. */
  minSamples: number;
}

export async function sampleAsync(
  call: (index: number) => Promise<unknown>,
  options: SampleOptions,
): Promise<number[]> {
  for (let index = 0; index < options.warmup; index++) await call(index);
  const times: number[] = [];
  const started = performance.now();
  for (let index = 0; index < options.maxSamples; index++) {
    const before = performance.now();
    await call(index);
    times.push(performance.now() - before);
    if (times.length >= options.minSamples && performance.now() - started > options.budgetMs) break;
  }
  return times;
}

/**
 * A full collection before a timed run, so that the garbage of the step before (a 90,000-entry
 * import, another matcher's index: hundreds of megabytes the bot's own heap never holds) is not
 * collected inside the run's samples. Left for the young generation, it made each scavenge there
 * take 5-14 ms instead of 1-3 ms. The run's own garbage is still collected inside it.
 */
export function collectGarbage(): void {
  exposedGc()();
}

let gc: (() => void) | undefined;
function exposedGc(): () => void {
  if (gc) return gc;
  setFlagsFromString("--expose-gc");
  gc = runInNewContext("gc") as () => void;
  return gc;
}
