import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scopeToCommunity } from "../../src/services/scope-to-community.js";
import { openDatabase } from "../../src/storage/sqlite/open-database.js";
import { createSqliteStores } from "../../src/storage/sqlite/sqlite-stores.js";
import { moderator, openTestFaqStore, sampleEntry } from "./faq-test-database.js";

const upsert = { replace: false, dryRun: false };
const now = new Date("2026-11-01T10:00:00Z");

function entries(prefix: string, count: number) {
  return Array.from({ length: count }, (_unused, index) =>
    sampleEntry({
      slug: `${prefix}-${index}`,
      question: `Question ${prefix} number ${index} about payouts?`,
    }),
  );
}

/** FTS5 keeps one row per segment and leaf range in its _idx table: distinct segids are segments. */
function segmentCount(sqlite: ReturnType<typeof openTestFaqStore>["database"]["sqlite"]): number {
  return (sqlite.prepare("select count(distinct segid) as n from faq_fts_idx").get() as { n: number }).n;
}

describe("the SQLite full-text index after an import", () => {
  it("is merged into one segment after a bulk import, so scans read each term once", async () => {
    const { database, store } = openTestFaqStore();
    // Each small import is its own transaction and leaves a segment of its own.
    for (const batch of ["a", "b", "c"])
      await store.transfer.importEntries(entries(batch, 3), upsert, moderator, now);
    expect(segmentCount(database.sqlite)).toBeGreaterThan(1);

    await store.transfer.importEntries(entries("bulk", 60), upsert, moderator, now);
    expect(segmentCount(database.sqlite)).toBe(1);
    // Still the same index: every entry is found.
    const found = database.sqlite
      .prepare("select count(*) as n from faq_fts where faq_fts match 'payouts'")
      .get();
    expect(found).toEqual({ n: 69 });
    database.close();
  });

  it("leaves a small import to FTS5's own automerge", async () => {
    const { database, store } = openTestFaqStore();
    for (const batch of ["a", "b"])
      await store.transfer.importEntries(entries(batch, 3), upsert, moderator, now);
    expect(segmentCount(database.sqlite)).toBeGreaterThan(1);
    database.close();
  });

  it("copies a bulk import's WAL back into the file itself, not beside the next questions", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "gigdesk-fts-merge-")), "faq.sqlite");
    const database = openDatabase(path);
    try {
      const transfer = scopeToCommunity(createSqliteStores(database).faq.transfer, "console");
      const walBytes = () => statSync(`${path}-wal`).size;
      await transfer.importEntries(entries("small", 3), upsert, moderator, now);
      expect(walBytes()).toBeGreaterThan(0);
      await transfer.importEntries(entries("bulk", 60), upsert, moderator, now);
      expect(walBytes()).toBe(0);
    } finally {
      database.close();
    }
  });
});
