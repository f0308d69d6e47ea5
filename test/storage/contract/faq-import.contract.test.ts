import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { parseFaqFile } from "../../../src/core/faq/import/parse-faq-file.js";
import type { FaqEntry, FaqEntryInput } from "../../../src/core/faq/types.js";
import { describeEachEngine, expectFault } from "./contract-engines.js";
import { at, freshCommunity, moderator, sampleEntry } from "./contract-fixtures.js";

const t0 = at("2026-11-01T10:00:00.000Z");
const t1 = at("2026-11-02T10:00:00.000Z");

function smallPack(): FaqEntryInput[] {
  const parsed = parseFaqFile(readFileSync(new URL("../../fixtures/faq/small-pack.json", import.meta.url)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.entries;
}

const upsert = { replace: false, dryRun: false };

describeEachEngine("FAQ import and export", ({ engine }) => {
  it("adds, then reports everything unchanged on a second import", async () => {
    const { faq: store, auditRows, revisionCount } = await freshCommunity(engine());
    expect(await store.transfer.importEntries(smallPack(), upsert, moderator, t0)).toEqual({
      added: ["jss-calculation", "conversion-fee", "availability-badge"],
      changed: [],
      unchanged: [],
      archived: [],
    });
    expect(await store.transfer.importEntries(smallPack(), upsert, moderator, t1)).toEqual({
      added: [],
      changed: [],
      unchanged: ["jss-calculation", "conversion-fee", "availability-badge"],
      archived: [],
    });
    expect(await revisionCount()).toBe(0);
    // One audit row for the import that wrote; none for the one that changed nothing.
    expect((await auditRows()).map((row) => [row.action, row.detail])).toEqual([
      [
        "faq.import",
        {
          replace: false,
          added: 3,
          changed: 0,
          unchanged: 0,
          archived: 0,
          // The slugs an import touched, not only counts (issue 15, finding 8).
          addedSlugs: ["jss-calculation", "conversion-fee", "availability-badge"],
          changedSlugs: [],
          archivedSlugs: [],
        },
      ],
    ]);
  });

  it("upserts by slug, keeping a revision of each changed entry, and leaves others alone without --replace", async () => {
    const { faq: store, revisionCount } = await freshCommunity(engine());
    await store.entries.add(sampleEntry(), moderator, t0);
    await store.transfer.importEntries(smallPack(), upsert, moderator, t0);
    const edited = smallPack().map((entry) =>
      entry.slug === "conversion-fee" ? { ...entry, answer: "New answer." } : entry,
    );
    expect(await store.transfer.importEntries(edited, upsert, moderator, t1)).toMatchObject({
      changed: ["conversion-fee"],
      archived: [],
    });
    expect(await store.entries.getBySlug("conversion-fee")).toMatchObject({
      answer: "New answer.",
      version: 2,
    });
    expect((await store.history.history("conversion-fee"))?.revisions[0]).toMatchObject({
      version: 1,
      reason: "import",
    });
    expect(await revisionCount()).toBe(1);
    expect((await store.entries.getBySlug("top-rated-badge-delay"))?.status).toBe("published");
  });

  it("with --replace archives what the file leaves out and restores archived entries it names", async () => {
    const { faq: store } = await freshCommunity(engine());
    await store.entries.add(sampleEntry(), moderator, t0);
    await store.transfer.importEntries(smallPack(), upsert, moderator, t0);
    await store.entries.archive("jss-calculation", {}, moderator, t0);
    expect(
      await store.transfer.importEntries(smallPack(), { replace: true, dryRun: false }, moderator, t1),
    ).toEqual({
      added: [],
      changed: ["jss-calculation"],
      unchanged: ["conversion-fee", "availability-badge"],
      archived: ["top-rated-badge-delay"],
    });
    expect(await store.entries.allSlugs()).toEqual([
      "availability-badge",
      "conversion-fee",
      "jss-calculation",
    ]);
    expect((await store.candidates.findCandidates('"badge"', 5)).map((candidate) => candidate.slug)).toEqual([
      "availability-badge",
    ]);
  });

  it("reports the same outcome on a dry run and writes nothing", async () => {
    const { faq: store, snapshot } = await freshCommunity(engine());
    await store.entries.add(sampleEntry(), moderator, t0);
    const before = await snapshot();
    const dry = await store.transfer.importEntries(
      smallPack(),
      { replace: true, dryRun: true },
      moderator,
      t1,
    );
    expect(await snapshot()).toEqual(before);
    expect(dry).toEqual({
      added: ["jss-calculation", "conversion-fee", "availability-badge"],
      changed: [],
      unchanged: [],
      archived: ["top-rated-badge-delay"],
    });
    expect(
      await store.transfer.importEntries(smallPack(), { replace: true, dryRun: false }, moderator, t1),
    ).toEqual(dry);
  });

  it("export then import --replace into an empty database reproduces the same entries", async () => {
    const source = await freshCommunity(engine());
    await source.faq.transfer.importEntries(smallPack(), upsert, moderator, t0);
    await source.faq.entries.add(sampleEntry({ owner: "mod-1" }), moderator, t0);
    await source.faq.entries.edit(
      "jss-calculation",
      { aliases: ["jss math"] },
      { reason: "r" },
      moderator,
      t1,
    );
    await source.faq.entries.add(sampleEntry({ slug: "gone" }), moderator, t0);
    await source.faq.entries.archive("gone", {}, moderator, t1);
    const exported = await source.faq.transfer.exportEntries();
    expect(exported.map((entry) => entry.slug)).toEqual([
      "availability-badge",
      "conversion-fee",
      "jss-calculation",
      "top-rated-badge-delay",
    ]);

    const target = await freshCommunity(engine());
    await target.faq.transfer.importEntries(exported, { replace: true, dryRun: false }, moderator, t1);
    expect(await target.faq.transfer.exportEntries()).toEqual(exported);
    const strip = ({ id, version, createdAt, updatedAt, ...rest }: FaqEntry) => rest;
    expect((await target.faq.entries.listPublished()).map(strip)).toEqual(
      (await source.faq.entries.listPublished()).map(strip),
    );
  });

  it("reports progress while applying a large import", async () => {
    const { faq: store } = await freshCommunity(engine());
    const entries = Array.from({ length: 250 }, (_, index) =>
      sampleEntry({ slug: `entry-${index}`, question: `Question number ${index}?` }),
    );
    const calls: [number, number][] = [];
    await store.transfer.importEntries(
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
    expect(await store.entries.countPublished()).toBe(250);
  });

  it("writes nothing at all when one entry of the file fails to save", async () => {
    const { faq: store, snapshot } = await freshCommunity(engine());
    await store.entries.add(sampleEntry(), moderator, t0);
    const before = await snapshot();
    const entries = [
      ...smallPack(),
      ...Array.from({ length: 120 }, (_, index) =>
        sampleEntry({ slug: `bulk-${index}`, question: `Bulk question ${index}?` }),
      ),
      sampleEntry({ slug: "poisoned-entry", question: "The last one fails" }),
    ];
    const repair = await engine().failWrites({
      table: "faq_entries",
      on: "insert",
      when: { column: "slug", equals: "poisoned-entry" },
      message: "no space left on device",
    });
    try {
      await expectFault(
        store.transfer.importEntries(entries, { replace: true, dryRun: false }, moderator, t1),
        "no space left",
      );
    } finally {
      await repair();
    }
    expect(await snapshot()).toEqual(before);
    expect(await store.entries.allSlugs()).toEqual(["top-rated-badge-delay"]);
  });
});
