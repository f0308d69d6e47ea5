import { describe, expect, it } from "vitest";
import { StorageBusyError } from "../../src/ports/storage-busy.js";
import { waitForWriteLock } from "../../src/storage/sqlite/wait-for-write-lock.js";

const busy = () => Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
const wait = { budgetMs: 200, firstPauseMs: 5, maxPauseMs: 40 };

describe("waitForWriteLock", () => {
  it("runs the attempt again, between pauses, until the lock is free", async () => {
    let attempts = 0;
    const result = await waitForWriteLock(() => {
      attempts += 1;
      if (attempts < 4) throw busy();
      return "written";
    }, wait);
    expect(result).toBe("written");
    expect(attempts).toBe(4);
  });

  it("gives up with StorageBusyError once the budget is spent, naming the engine's code", async () => {
    const started = performance.now();
    const error = await waitForWriteLock(() => {
      throw busy();
    }, wait).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StorageBusyError);
    expect((error as StorageBusyError).engineCode).toBe("SQLITE_BUSY");
    expect(performance.now() - started).toBeGreaterThanOrEqual(wait.budgetMs - 5);
    expect(performance.now() - started).toBeLessThan(wait.budgetMs + 100);
  });

  it("lets any other failure through at once", async () => {
    let attempts = 0;
    const error = await waitForWriteLock(() => {
      attempts += 1;
      throw Object.assign(new Error("disk full"), { code: "SQLITE_FULL" });
    }, wait).catch((caught: unknown) => caught);
    expect((error as { code?: string }).code).toBe("SQLITE_FULL");
    expect(attempts).toBe(1);
  });
});
