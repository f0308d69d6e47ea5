import { describe, expect, it } from "vitest";
import { describeEachEngine, expectFault } from "./contract-engines.js";
import { at, freshCommunity, moderator, otherModerator, sampleEntry } from "./contract-fixtures.js";

const t0 = at("2026-11-01T10:00:00.000Z");
const t1 = at("2026-11-02T10:00:00.000Z");

describeEachEngine("FAQ entries", ({ engine, kind, location }) => {
  describe("adding and reading", () => {
    it("adds an entry at version 1 with an audit row, and reads it back whole", async () => {
      const { faq: store, auditRows, revisionCount } = await freshCommunity(engine());
      const added = await store.entries.add(sampleEntry(), moderator, t0);
      expect(added.ok).toBe(true);
      const entry = await store.entries.getBySlug("top-rated-badge-delay");
      expect(entry).toMatchObject({
        ...sampleEntry(),
        owner: null,
        status: "published",
        version: 1,
        createdAt: t0.toISOString(),
        updatedAt: t0.toISOString(),
      });
      expect(await store.entries.countPublished()).toBe(1);
      expect(await store.entries.allSlugs()).toEqual(["top-rated-badge-delay"]);
      expect(await revisionCount()).toBe(0);
      expect(await auditRows()).toEqual([
        expect.objectContaining({
          actor: "mod-1",
          platform: "console",
          space: "test-community",
          action: "faq.add",
        }),
      ]);
    });

    it("refuses a second entry with the same slug and changes nothing", async () => {
      const { faq: store, snapshot } = await freshCommunity(engine());
      await store.entries.add(sampleEntry(), moderator, t0);
      const before = await snapshot();
      expect(await store.entries.add(sampleEntry({ question: "Other?" }), moderator, t1)).toEqual({
        ok: false,
        code: "slug-taken",
      });
      expect(await snapshot()).toEqual(before);
    });

    it("lists published entries by tag, case-insensitively, and leaves archived ones out", async () => {
      const { faq: store } = await freshCommunity(engine());
      await store.entries.add(sampleEntry(), moderator, t0);
      await store.entries.add(sampleEntry({ slug: "jss-basics", tags: ["jss"] }), moderator, t0);
      await store.entries.add(sampleEntry({ slug: "old-tr-rule", tags: ["top-rated"] }), moderator, t0);
      await store.entries.archive("old-tr-rule", {}, moderator, t1);
      expect((await store.entries.listPublished()).map((entry) => entry.slug)).toEqual([
        "jss-basics",
        "top-rated-badge-delay",
      ]);
      expect((await store.entries.listPublished("Top-Rated")).map((entry) => entry.slug)).toEqual([
        "top-rated-badge-delay",
      ]);
      expect(await store.entries.listPublished("nothing")).toEqual([]);
      expect(
        (await store.entries.listPublished(undefined, { offset: 1, limit: 5 })).map((entry) => entry.slug),
      ).toEqual(["top-rated-badge-delay"]);
      expect(await store.entries.countPublished("top-rated")).toBe(1);
      expect(await store.entries.tagsInUse()).toEqual(["badges", "jss", "top-rated"]);
      expect(await store.entries.countPublished()).toBe(2);
      expect(await store.entries.countAll()).toBe(3);
      expect(await store.entries.allSlugs()).toEqual(["jss-basics", "top-rated-badge-delay"]);
    });

    it("lists entries past their review date, oldest first", async () => {
      const { faq: store } = await freshCommunity(engine());
      await store.entries.add(sampleEntry({ slug: "due-later", reviewBy: "2026-12-01" }), moderator, t0);
      await store.entries.add(sampleEntry({ slug: "overdue-a", reviewBy: "2026-10-01" }), moderator, t0);
      await store.entries.add(sampleEntry({ slug: "overdue-b", reviewBy: "2026-09-01" }), moderator, t0);
      await store.entries.add(sampleEntry({ slug: "due-today", reviewBy: "2026-11-02" }), moderator, t0);
      await store.entries.add(sampleEntry({ slug: "no-date", reviewBy: null }), moderator, t0);
      await store.entries.add(
        sampleEntry({ slug: "archived-overdue", reviewBy: "2026-01-01" }),
        moderator,
        t0,
      );
      await store.entries.archive("archived-overdue", {}, moderator, t0);
      expect((await store.entries.listStale(at("2026-11-02T23:59:00Z"))).map((entry) => entry.slug)).toEqual([
        "overdue-b",
        "overdue-a",
      ]);
    });
  });

  describe("edits, versions and revisions", () => {
    it("keeps the previous text as a revision, bumps the version and writes an audit row", async () => {
      const { faq: store, auditRows } = await freshCommunity(engine());
      await store.entries.add(sampleEntry(), moderator, t0);
      const edited = await store.entries.edit(
        "top-rated-badge-delay",
        { answer: "About five days." },
        { reason: "newer data", expectedVersion: 1 },
        otherModerator,
        t1,
      );
      expect(edited.ok && edited.value.changed).toBe(true);
      expect(edited.ok && edited.value.entry).toMatchObject({
        version: 2,
        answer: "About five days.",
        updatedAt: t1.toISOString(),
      });
      const history = await store.history.history("top-rated-badge-delay");
      expect(history?.revisions).toEqual([
        {
          version: 1,
          question: sampleEntry().question,
          answer: sampleEntry().answer,
          aliases: sampleEntry().aliases,
          tags: sampleEntry().tags,
          sources: sampleEntry().sources,
          criteria: sampleEntry().criteria,
          reviewBy: "2027-01-01",
          changedBy: "mod-2",
          changedAt: t1.toISOString(),
          reason: "newer data",
        },
      ]);
      const editAudit = (await auditRows()).at(-1);
      expect(editAudit).toMatchObject({
        action: "faq.edit",
        actor: "mod-2",
        platform: "discord",
        space: "guild-1",
      });
      expect(editAudit?.detail).toEqual({
        fromVersion: 1,
        toVersion: 2,
        reason: "newer data",
        fields: ["answer"],
      });
    });

    it("treats an edit that changes nothing as no change: same version, no revision, no audit row", async () => {
      const { faq: store, snapshot } = await freshCommunity(engine());
      await store.entries.add(sampleEntry(), moderator, t0);
      const before = await snapshot();
      const edited = await store.entries.edit(
        "top-rated-badge-delay",
        { answer: sampleEntry().answer },
        { reason: "noop" },
        moderator,
        t1,
      );
      expect(edited.ok && edited.value).toMatchObject({ changed: false, entry: { version: 1 } });
      expect(await snapshot()).toEqual(before);
    });

    it("lets exactly one of two edits made from the same version through; the other gets conflict", async () => {
      const { faq: store, revisionCount } = await freshCommunity(engine());
      await store.entries.add(sampleEntry(), moderator, t0);
      const first = await store.entries.edit(
        "top-rated-badge-delay",
        { answer: "First." },
        { reason: "a", expectedVersion: 1 },
        moderator,
        t1,
      );
      const second = await store.entries.edit(
        "top-rated-badge-delay",
        { answer: "Second." },
        { reason: "b", expectedVersion: 1 },
        otherModerator,
        t1,
      );
      expect(first.ok).toBe(true);
      expect(second).toMatchObject({
        ok: false,
        code: "conflict",
        current: { version: 2, answer: "First." },
      });
      expect(await store.entries.getBySlug("top-rated-badge-delay")).toMatchObject({
        version: 2,
        answer: "First.",
      });
      expect(await revisionCount()).toBe(1);
    });

    it("keeps versions consistent across two connections to the same database", async () => {
      const { id, faq } = await freshCommunity(engine());
      const second = await kind.open(location());
      try {
        await faq.entries.add(sampleEntry(), moderator, t0);
        const fromA = await faq.entries.edit(
          "top-rated-badge-delay",
          { answer: "A" },
          { reason: "a", expectedVersion: 1 },
          moderator,
          t1,
        );
        const fromB = await second.stores.faq.entries.edit(
          id,
          "top-rated-badge-delay",
          { answer: "B" },
          { reason: "b", expectedVersion: 1 },
          moderator,
          t1,
        );
        expect(fromA.ok).toBe(true);
        expect(fromB).toMatchObject({ ok: false, code: "conflict" });
        expect(await second.stores.faq.entries.getBySlug(id, "top-rated-badge-delay")).toMatchObject({
          version: 2,
          answer: "A",
        });
      } finally {
        await second.close();
      }
    });

    it("answers not-found for a missing slug and writes nothing", async () => {
      const { faq: store, snapshot } = await freshCommunity(engine());
      const before = await snapshot();
      expect(await store.entries.edit("nope", { answer: "x" }, { reason: "r" }, moderator, t0)).toEqual({
        ok: false,
        code: "not-found",
      });
      expect(await store.entries.archive("nope", {}, moderator, t0)).toEqual({
        ok: false,
        code: "not-found",
      });
      expect(await store.entries.restore("nope", {}, moderator, t0)).toEqual({
        ok: false,
        code: "not-found",
      });
      expect(await store.history.revert("nope", 1, {}, moderator, t0)).toEqual({
        ok: false,
        code: "not-found",
      });
      expect(await store.history.history("nope")).toBeNull();
      expect(await snapshot()).toEqual(before);
    });

    it("refuses to archive an archived entry or restore a published one", async () => {
      const { faq: store } = await freshCommunity(engine());
      await store.entries.add(sampleEntry(), moderator, t0);
      expect(await store.entries.restore("top-rated-badge-delay", {}, moderator, t1)).toMatchObject({
        ok: false,
        code: "wrong-state",
      });
      expect(
        (await store.entries.archive("top-rated-badge-delay", { reason: "old" }, moderator, t1)).ok,
      ).toBe(true);
      expect(await store.entries.archive("top-rated-badge-delay", {}, moderator, t1)).toMatchObject({
        ok: false,
        code: "wrong-state",
      });
      expect((await store.entries.getBySlug("top-rated-badge-delay"))?.status).toBe("archived");
    });
  });

  describe("one transaction per write", () => {
    it("rolls the revision back when the entry update fails half-way", async () => {
      const { faq: store, snapshot } = await freshCommunity(engine());
      await store.entries.add(sampleEntry({ slug: "fails-on-update" }), moderator, t0);
      // The UPDATE fails after the revision INSERT already ran in the same transaction.
      const repair = await engine().failWrites({
        table: "faq_entries",
        on: "update",
        when: { column: "slug", equals: "fails-on-update" },
        message: "disk full",
      });
      try {
        const before = await snapshot();
        await expectFault(
          store.entries.edit("fails-on-update", { answer: "x" }, { reason: "r" }, moderator, t1),
          "disk full",
        );
        expect(await snapshot()).toEqual(before);
      } finally {
        await repair();
      }
    });
  });
});
