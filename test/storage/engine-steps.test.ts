import { describe, expect, it } from "vitest";
import {
  askerOf,
  runStepsAwaiting,
  runStepsNow,
  type Steps,
  type StoreOps,
} from "../../src/storage/shared/engine-steps.js";

interface CounterOps {
  read(key: string): number | Promise<number>;
  fail(): never;
}

const ask = askerOf<CounterOps>();

function* sumOf(keys: string[]): Steps<StoreOps<CounterOps>, number> {
  let total = 0;
  for (const key of keys) total += yield* ask((ops) => ops.read(key));
  return total;
}

function* recovering(): Steps<StoreOps<CounterOps>, string> {
  try {
    yield* ask((ops) => ops.fail());
    return "not reached";
  } catch (error) {
    return `caught ${(error as Error).message}`;
  }
}

const values: Record<string, number> = { a: 1, b: 20, c: 300 };
const failing = () => {
  throw new Error("boom");
};
const auditEvent = () => undefined;

describe("engine steps", () => {
  it("gives each answer back to the steps, synchronously on SQLite's side", () => {
    const asked: string[] = [];
    const read = (key: string) => {
      asked.push(key);
      return values[key] ?? 0;
    };
    const ops = { read, fail: failing, auditEvent };
    expect(runStepsNow(sumOf(["a", "b", "c"]), ops)).toBe(321);
    expect(asked).toEqual(["a", "b", "c"]);
  });

  it("awaits each answer on PostgreSQL's side", async () => {
    const ops = { read: async (key: string) => values[key] ?? 0, fail: failing, auditEvent };
    await expect(runStepsAwaiting(sumOf(["c", "a"]), ops)).resolves.toBe(301);
  });

  it("throws a failed call where the steps asked it, on both engines", async () => {
    const ops = { read: () => 0, fail: failing, auditEvent };
    expect(runStepsNow(recovering(), ops)).toBe("caught boom");
    await expect(runStepsAwaiting(recovering(), ops)).resolves.toBe("caught boom");
    const rejecting = { read: () => 0, fail: () => Promise.reject(new Error("later")) as never, auditEvent };
    await expect(runStepsAwaiting(recovering(), rejecting)).resolves.toBe("caught later");
  });

  it("refuses a promise where a synchronous transaction needs the value now", () => {
    const ops = { read: async () => 1, fail: failing, auditEvent };
    expect(() => runStepsNow(sumOf(["a"]), ops)).toThrow(/returned a promise/);
  });
});
