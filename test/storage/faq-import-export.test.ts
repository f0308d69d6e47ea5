import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFaqFile } from "../../src/core/faq/import/parse-faq-file.js";
import type { FaqEntry, FaqEntryInput } from "../../src/core/faq/types.js";
import { at, moderator, openTestFaqStore, sampleEntry } from "./faq-test-database.js";

const t0 = at("2026-11-01T10:00:00.000Z");
const t1 = at("2026-11-02T10:00:00.000Z");

function smallPack(): FaqEntryInput[] {
  const parsed = parseFaqFile(readFileSync(new URL("../fixtures/faq/small-pack.json", import.meta.url)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.entries;
}

const upsert = { replace: false, dryRun: false };

describe("FaqStore import and export", () => {
  it("adds, then reports everything unchanged on a second import", () => {
    const { store, auditRows, revisionCount } = openTestFaqStore();
    expect(store.importEntries(smallPack(), upsert, moderator, t0)).toEqual({
      added: ["jss-calculation", "conversion-fee", "availability-badge"],
      changed: [],
      unchanged: [],
      archived: [],
    });
    expect(store.importEntries(smallPack(), upsert, moderator, t1)).toEqual({
      added: [],
      changed: [],
      unchanged: ["jss-calculation", "conversion-fee", "availability-badge"],
      archived: [],
    });
    expect(revisionCount()).toBe(0);
    // One audit row for the import that wrote; none for the one that changed nothing.
    expect(auditRows().map((row) => [row.action, JSON.parse(row.detail)])).toEqual([
      ["faq.import", { replace: false, added: 3, changed: 0, unchanged: 0, archived: 0 }],
    ]);
  });

  it("upserts by slug, keeping a revision of each changed entry, and leaves others alone without --replace", () => {
    const { store, revisionCount } = openTestFaqStore();
    store.add(sampleEntry(), moderator, t0);
    store.importEntries(smallPack(), upsert, moderator, t0);
    const edited = smallPack().map((entry) =>
      entry.slug === "conversion-fee" ? { ...entry, answer: "New answer." } : entry,
    );
    expect(store.importEntries(edited, upsert, moderator, t1)).toMatchObject({
      changed: ["conversion-fee"],
      archived: [],
    });
    expect(store.getBySlug("conversion-fee")).toMatchObject({ answer: "New answer.", version: 2 });
    expect(store.history("conversion-fee")?.revisions[0]).toMatchObject({ version: 1, reason: "import" });
    expect(revisionCount()).toBe(1);
    expect(store.getBySlug("top-rated-badge-delay")?.status).toBe("published");
  });

  it("with --replace archives what the file leaves out and restores archived entries it names", () => {
    const { store } = openTestFaqStore();
    store.add(sampleEntry(), moderator, t0);
    store.importEntries(smallPack(), upsert, moderator, t0);
    store.archive("jss-calculation", {}, moderator, t0);
    expect(store.importEntries(smallPack(), { replace: true, dryRun: false }, moderator, t1)).toEqual({
      added: [],
      changed: ["jss-calculation"],
      unchanged: ["conversion-fee", "availability-badge"],
      archived: ["top-rated-badge-delay"],
    });
    expect(store.allSlugs()).toEqual(["availability-badge", "conversion-fee", "jss-calculation"]);
    expect(store.findCandidates('"badge"', 5).map((candidate) => candidate.slug)).toEqual([
      "availability-badge",
    ]);
  });

  it("reports the same outcome on a dry run and writes nothing", () => {
    const { store, snapshot } = openTestFaqStore();
    store.add(sampleEntry(), moderator, t0);
    const before = snapshot();
    const dry = store.importEntries(smallPack(), { replace: true, dryRun: true }, moderator, t1);
    expect(snapshot()).toEqual(before);
    expect(dry).toEqual({
      added: ["jss-calculation", "conversion-fee", "availability-badge"],
      changed: [],
      unchanged: [],
      archived: ["top-rated-badge-delay"],
    });
    expect(store.importEntries(smallPack(), { replace: true, dryRun: false }, moderator, t1)).toEqual(dry);
  });

  it("export then import --replace into an empty database reproduces the same entries", () => {
    const source = openTestFaqStore();
    source.store.importEntries(smallPack(), upsert, moderator, t0);
    source.store.add(sampleEntry({ owner: "mod-1" }), moderator, t0);
    source.store.edit("jss-calculation", { aliases: ["jss math"] }, { reason: "r" }, moderator, t1);
    source.store.add(sampleEntry({ slug: "gone" }), moderator, t0);
    source.store.archive("gone", {}, moderator, t1);
    const exported = source.store.exportEntries();
    expect(exported.map((entry) => entry.slug)).toEqual([
      "availability-badge",
      "conversion-fee",
      "jss-calculation",
      "top-rated-badge-delay",
    ]);

    const target = openTestFaqStore();
    target.store.importEntries(exported, { replace: true, dryRun: false }, moderator, t1);
    expect(target.store.exportEntries()).toEqual(exported);
    const strip = ({ id, version, createdAt, updatedAt, ...rest }: FaqEntry) => rest;
    expect(target.store.listPublished().map(strip)).toEqual(source.store.listPublished().map(strip));
  });

  it("reports progress while applying a large import", () => {
    const { store } = openTestFaqStore();
    const entries = Array.from({ length: 250 }, (_, index) =>
      sampleEntry({ slug: `entry-${index}`, question: `Question number ${index}?` }),
    );
    const calls: [number, number][] = [];
    store.importEntries(
      entries,
      { ...upsert, onProgress: (done, total) => calls.push([done, total]) },
      moderator,
      t0,
    );
    expect(calls).toEqual([
      [100, 250],
      [200, 250],
      [250, 250],
    ]);
    expect(store.countPublished()).toBe(250);
  });
});
