import { describe, expect, it } from "vitest";
import { at, moderator, openTestFaqStore, sampleEntry } from "./faq-test-database.js";

// What the FAQ stores do on every engine is in test/storage/contract; this is SQLite's FTS5 index itself.
const t0 = at("2026-11-01T10:00:00.000Z");
const t1 = at("2026-11-02T10:00:00.000Z");

describe("FaqStore over SQLite: the FTS5 index holds published entries only", () => {
  it("drops an archived entry from the index, not just from the results", async () => {
    const { store, indexed } = openTestFaqStore();
    await store.entries.add(sampleEntry(), moderator, t0);
    await store.entries.archive("top-rated-badge-delay", { reason: "outdated" }, moderator, t1);
    expect(indexed('"badge"')).toEqual([]);
  });

  it("removes a deleted row from the index", async () => {
    const { store, database, indexed } = openTestFaqStore();
    await store.entries.add(sampleEntry(), moderator, t0);
    expect(indexed('"badge"')).toEqual(["top-rated-badge-delay"]);
    database.sqlite.prepare("delete from faq_entries where slug = ?").run("top-rated-badge-delay");
    expect(indexed('"badge"')).toEqual([]);
  });
});
