import { describe, expect, it } from "vitest";
import {
  at,
  moderator,
  openTestFaqStore,
  otherModerator,
  sampleEntry,
  testCommunity,
} from "./faq-test-database.js";

const t0 = at("2026-11-01T10:00:00.000Z");
const t1 = at("2026-11-02T10:00:00.000Z");
const t2 = at("2026-11-03T10:00:00.000Z");

describe("FaqStore over SQLite: adding and reading", () => {
  it("adds an entry at version 1 with an audit row, and reads it back whole", async () => {
    const { store, auditRows, revisionCount } = openTestFaqStore();
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
    expect(revisionCount()).toBe(0);
    expect(auditRows()).toEqual([
      expect.objectContaining({
        actor: "mod-1",
        platform: "console",
        community: "test-community",
        action: "faq.add",
      }),
    ]);
  });

  it("refuses a second entry with the same slug and changes nothing", async () => {
    const { store, snapshot } = openTestFaqStore();
    await store.entries.add(sampleEntry(), moderator, t0);
    const before = snapshot();
    expect(await store.entries.add(sampleEntry({ question: "Other?" }), moderator, t1)).toEqual({
      ok: false,
      code: "slug-taken",
    });
    expect(snapshot()).toEqual(before);
  });

  it("lists published entries by tag, case-insensitively, and leaves archived ones out", async () => {
    const { store } = openTestFaqStore();
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
    const { store } = openTestFaqStore();
    await store.entries.add(sampleEntry({ slug: "due-later", reviewBy: "2026-12-01" }), moderator, t0);
    await store.entries.add(sampleEntry({ slug: "overdue-a", reviewBy: "2026-10-01" }), moderator, t0);
    await store.entries.add(sampleEntry({ slug: "overdue-b", reviewBy: "2026-09-01" }), moderator, t0);
    await store.entries.add(sampleEntry({ slug: "due-today", reviewBy: "2026-11-02" }), moderator, t0);
    await store.entries.add(sampleEntry({ slug: "no-date", reviewBy: null }), moderator, t0);
    await store.entries.add(sampleEntry({ slug: "archived-overdue", reviewBy: "2026-01-01" }), moderator, t0);
    await store.entries.archive("archived-overdue", {}, moderator, t0);
    expect((await store.entries.listStale(at("2026-11-02T23:59:00Z"))).map((entry) => entry.slug)).toEqual([
      "overdue-b",
      "overdue-a",
    ]);
  });
});

describe("FaqStore over SQLite: the full-text index follows every change", () => {
  it("finds an added entry through question, alias, tag and answer words, with stemming", async () => {
    const { store } = openTestFaqStore();
    await store.entries.add(sampleEntry(), moderator, t0);
    for (const expression of ['"badge"', '"appear"', '"delay"', "badges", "weekly", '"shows" AND "top"']) {
      expect(
        (await store.candidates.findCandidates(expression, 5)).map((candidate) => candidate.slug),
        expression,
      ).toEqual(["top-rated-badge-delay"]);
    }
  });

  it("drops the old words and finds the new ones after an edit", async () => {
    const { store } = openTestFaqStore();
    await store.entries.add(sampleEntry(), moderator, t0);
    await store.entries.edit(
      "top-rated-badge-delay",
      {
        question: "When will the talent badge be visible?",
        aliases: ["visibility lag"],
        answer: "Within a week.",
      },
      { reason: "reword" },
      moderator,
      t1,
    );
    expect(
      (await store.candidates.findCandidates('"visible"', 5)).map((candidate) => candidate.slug),
    ).toEqual(["top-rated-badge-delay"]);
    expect(await store.candidates.findCandidates('"lag"', 5)).toHaveLength(1);
    expect(await store.candidates.findCandidates('"weekly"', 5)).toEqual([]);
    expect(await store.candidates.findCandidates('"appear"', 5)).toEqual([]);
  });

  it("leaves archived entries out of the index and brings them back on restore", async () => {
    const { store, indexed } = openTestFaqStore();
    await store.entries.add(sampleEntry(), moderator, t0);
    await store.entries.archive("top-rated-badge-delay", { reason: "outdated" }, moderator, t1);
    expect(await store.candidates.findCandidates('"badge"', 5)).toEqual([]);
    expect(indexed('"badge"')).toEqual([]);
    await store.entries.restore("top-rated-badge-delay", {}, moderator, t2);
    expect((await store.candidates.findCandidates('"badge"', 5)).map((candidate) => candidate.slug)).toEqual([
      "top-rated-badge-delay",
    ]);
  });

  it("removes a deleted row from the index", async () => {
    const { store, database, indexed } = openTestFaqStore();
    await store.entries.add(sampleEntry(), moderator, t0);
    database.sqlite.prepare("delete from faq_entries where slug = ?").run("top-rated-badge-delay");
    expect(indexed('"badge"')).toEqual([]);
  });

  it("indexes alias and tag values, not their JSON punctuation or escapes", async () => {
    const { store } = openTestFaqStore();
    await store.entries.add(
      sampleEntry({ slug: "quoted", aliases: ['the "TR+" badge', "café fees"], tags: ["fees"] }),
      moderator,
      t0,
    );
    expect((await store.candidates.findCandidates('"cafe"', 5)).map((candidate) => candidate.slug)).toEqual([
      "quoted",
    ]);
    expect(await store.candidates.findCandidates('"u0022"', 5)).toEqual([]);
  });

  it("returns candidates best first with the candidate fields, favouring question and alias hits", async () => {
    const { store } = openTestFaqStore();
    await store.entries.add(
      sampleEntry({
        slug: "answer-mention",
        question: "What are the fees?",
        aliases: [],
        answer: "Nothing about escrow here.",
      }),
      moderator,
      t0,
    );
    await store.entries.add(
      sampleEntry({ slug: "question-mention", question: "How does escrow work?", aliases: [] }),
      moderator,
      t0,
    );
    await store.entries.add(
      sampleEntry({ slug: "alias-mention", question: "Money held", aliases: ["escrow"] }),
      moderator,
      t0,
    );
    const candidates = await store.candidates.findCandidates('"escrow"', 10);
    // Question (weight 10) and alias (8) hits outrank a hit in the answer (1).
    expect(candidates.map((candidate) => candidate.slug)).toEqual([
      "question-mention",
      "alias-mention",
      "answer-mention",
    ]);
    for (const candidate of candidates) expect(candidate.bm25).toBeLessThan(0);
    expect(candidates[0]).toEqual({
      slug: "question-mention",
      question: "How does escrow work?",
      answer: sampleEntry().answer,
      aliases: [],
      tags: ["top-rated", "badges"],
      sources: sampleEntry().sources,
      criteria: ["top_rated.jss_current"],
      reviewBy: "2027-01-01",
      updatedAt: t0.toISOString(),
      bm25: candidates[0]?.bm25,
    });
    expect(await store.candidates.findCandidates('"escrow"', 2)).toHaveLength(2);
    expect(await store.candidates.findCandidates('"escrow"', 0)).toEqual([]);
    expect(await store.candidates.findCandidates('"escrow"', 1.7)).toHaveLength(1);
    expect(await store.candidates.findCandidates('"escrow"', Number.NaN)).toEqual([]);
    expect(await store.candidates.findCandidates("   ", 5)).toEqual([]);
  });
});

describe("FaqStore over SQLite: edits, versions and revisions", () => {
  it("keeps the previous text as a revision, bumps the version and writes an audit row", async () => {
    const { store, auditRows } = openTestFaqStore();
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
    const editAudit = auditRows().at(-1);
    expect(editAudit).toMatchObject({
      action: "faq.edit",
      actor: "mod-2",
      platform: "discord",
      community: "guild-1",
    });
    expect(JSON.parse(editAudit?.detail ?? "{}")).toEqual({
      fromVersion: 1,
      toVersion: 2,
      reason: "newer data",
      fields: ["answer"],
    });
  });

  it("treats an edit that changes nothing as no change: same version, no revision, no audit row", async () => {
    const { store, snapshot } = openTestFaqStore();
    await store.entries.add(sampleEntry(), moderator, t0);
    const before = snapshot();
    const edited = await store.entries.edit(
      "top-rated-badge-delay",
      { answer: sampleEntry().answer },
      { reason: "noop" },
      moderator,
      t1,
    );
    expect(edited.ok && edited.value).toMatchObject({ changed: false, entry: { version: 1 } });
    expect(snapshot()).toEqual(before);
  });

  it("lets exactly one of two edits made from the same version through; the other gets conflict", async () => {
    const { store, revisionCount } = openTestFaqStore();
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
    expect(second).toMatchObject({ ok: false, code: "conflict", current: { version: 2, answer: "First." } });
    expect(await store.entries.getBySlug("top-rated-badge-delay")).toMatchObject({
      version: 2,
      answer: "First.",
    });
    expect(revisionCount()).toBe(1);
  });

  it("keeps versions consistent across two connections to the same file", async () => {
    const { mkdtempSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { openDatabase } = await import("../../src/storage/sqlite/open-database.js");
    const { createSqliteStores } = await import("../../src/storage/sqlite/sqlite-stores.js");
    const folder = mkdtempSync(join(tmpdir(), "gigdesk-faq-"));
    const path = join(folder, "faq.sqlite");
    const a = openDatabase(path);
    const b = openDatabase(path);
    try {
      const storeA = createSqliteStores(a).faq;
      const storeB = createSqliteStores(b).faq;
      await createSqliteStores(a).communities.ensureCommunity(testCommunity, t0);
      await storeA.entries.add(testCommunity, sampleEntry(), moderator, t0);
      const fromA = await storeA.entries.edit(
        testCommunity,
        "top-rated-badge-delay",
        { answer: "A" },
        { reason: "a", expectedVersion: 1 },
        moderator,
        t1,
      );
      const fromB = await storeB.entries.edit(
        testCommunity,
        "top-rated-badge-delay",
        { answer: "B" },
        { reason: "b", expectedVersion: 1 },
        moderator,
        t1,
      );
      expect(fromA.ok).toBe(true);
      expect(fromB).toMatchObject({ ok: false, code: "conflict" });
      expect(await storeB.entries.getBySlug(testCommunity, "top-rated-badge-delay")).toMatchObject({
        version: 2,
        answer: "A",
      });
    } finally {
      a.close();
      b.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("answers not-found for a missing slug and writes nothing", async () => {
    const { store, snapshot } = openTestFaqStore();
    const before = snapshot();
    expect(await store.entries.edit("nope", { answer: "x" }, { reason: "r" }, moderator, t0)).toEqual({
      ok: false,
      code: "not-found",
    });
    expect(await store.entries.archive("nope", {}, moderator, t0)).toEqual({ ok: false, code: "not-found" });
    expect(await store.entries.restore("nope", {}, moderator, t0)).toEqual({ ok: false, code: "not-found" });
    expect(await store.history.revert("nope", 1, {}, moderator, t0)).toEqual({
      ok: false,
      code: "not-found",
    });
    expect(await store.history.history("nope")).toBeNull();
    expect(snapshot()).toEqual(before);
  });

  it("refuses to archive an archived entry or restore a published one", async () => {
    const { store } = openTestFaqStore();
    await store.entries.add(sampleEntry(), moderator, t0);
    expect(await store.entries.restore("top-rated-badge-delay", {}, moderator, t1)).toMatchObject({
      ok: false,
      code: "wrong-state",
    });
    expect((await store.entries.archive("top-rated-badge-delay", { reason: "old" }, moderator, t1)).ok).toBe(
      true,
    );
    expect(await store.entries.archive("top-rated-badge-delay", {}, moderator, t1)).toMatchObject({
      ok: false,
      code: "wrong-state",
    });
    expect((await store.entries.getBySlug("top-rated-badge-delay"))?.status).toBe("archived");
  });
});

describe("FaqStore over SQLite: revert", () => {
  it("restores an earlier version's text exactly, as a new version, keeping the replaced text", async () => {
    const { store, auditRows } = openTestFaqStore();
    const original = sampleEntry({
      answer: "Line one.\n\n- a list item with `code` and an emoji 🎉\n  trailing spaces  ",
      aliases: ["α", "b"],
    });
    await store.entries.add(original, moderator, t0);
    await store.entries.edit(
      original.slug,
      { question: "Changed?", answer: "Changed.", aliases: [], tags: ["x"], sources: [], reviewBy: null },
      { reason: "rewrite" },
      moderator,
      t1,
    );
    const reverted = await store.history.revert(
      original.slug,
      1,
      { reason: "the rewrite was wrong" },
      otherModerator,
      t2,
    );
    expect(reverted.ok && reverted.value.changed).toBe(true);
    const entry = await store.entries.getBySlug(original.slug);
    expect(entry).toMatchObject({
      question: original.question,
      answer: original.answer,
      aliases: original.aliases,
      tags: original.tags,
      sources: original.sources,
      criteria: original.criteria,
      reviewBy: original.reviewBy,
      version: 3,
    });
    expect(
      (await store.history.history(original.slug))?.revisions.map((revision) => [
        revision.version,
        revision.question,
      ]),
    ).toEqual([
      [2, "Changed?"],
      [1, original.question],
    ]);
    expect(auditRows().at(-1)).toMatchObject({ action: "faq.revert", actor: "mod-2" });
    expect(await store.candidates.findCandidates('"changed"', 5)).toEqual([]);
  });

  it("answers no-such-version for a version the entry never had, and no change for the current one", async () => {
    const { store, snapshot } = openTestFaqStore();
    await store.entries.add(sampleEntry(), moderator, t0);
    const before = snapshot();
    expect(await store.history.revert("top-rated-badge-delay", 7, {}, moderator, t1)).toEqual({
      ok: false,
      code: "no-such-version",
    });
    expect(await store.history.revert("top-rated-badge-delay", 1, {}, moderator, t1)).toMatchObject({
      ok: true,
      value: { changed: false },
    });
    expect(
      await store.history.revert("top-rated-badge-delay", 1, { expectedVersion: 4 }, moderator, t1),
    ).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(snapshot()).toEqual(before);
  });
});

describe("FaqStore over SQLite: suggestions", () => {
  const capture = {
    channelId: "forum-1",
    threadId: "thread-9",
    openingQuestion: "  Why did my JSS vanish after a month off?  ",
    answerText: "It hides when there is not enough recent feedback.",
    answerMessageLink: "https://discord.com/channels/1/2/3",
    answerAuthorId: "author-1",
  };

  it("files Save-as-FAQ as one pending suggestion with a link back, once per message", async () => {
    const { store } = openTestFaqStore();
    const first = await store.suggestions.saveThreadAnswerAsSuggestion(capture, otherModerator, t0);
    expect(first).toMatchObject({
      ok: true,
      value: {
        duplicate: false,
        suggestion: {
          question: "Why did my JSS vanish after a month off?",
          answer: capture.answerText,
          platform: "discord",
          spaceId: "guild-1",
          channelId: "forum-1",
          threadId: "thread-9",
          messageLink: capture.answerMessageLink,
          answerAuthorId: "author-1",
          suggestedBy: "mod-2",
          status: "pending",
        },
      },
    });
    const again = await store.suggestions.saveThreadAnswerAsSuggestion(capture, moderator, t1);
    expect(again).toMatchObject({ ok: true, value: { duplicate: true } });
    expect(await store.suggestions.listQueue()).toHaveLength(1);
  });

  it("clips very long thread text for the queue without splitting an emoji", async () => {
    const { store } = openTestFaqStore();
    const long = `${"a".repeat(3998)}🎉🎉🎉`;
    const saved = await store.suggestions.saveThreadAnswerAsSuggestion(
      { ...capture, answerText: long },
      moderator,
      t0,
    );
    const answer = saved.ok ? saved.value.suggestion.answer : "";
    expect(answer.length).toBeLessThanOrEqual(4000);
    expect(answer.endsWith("…")).toBe(true);
    expect(/[\uD800-\uDBFF]…$/.test(answer)).toBe(false);
  });

  it("approves with edited text into a new published entry, searchable at once", async () => {
    const { store, auditRows } = openTestFaqStore();
    const filed = await store.suggestions.suggest(
      { question: "What is the conversion fee?", answer: "A fee to move a client." },
      moderator,
      t0,
    );
    const id = filed.ok ? filed.value.suggestion.id : -1;
    const approved = await store.suggestions.approve(
      id,
      { answer: "A one-off fee to take a client off the platform.", tags: ["fees"] },
      otherModerator,
      t1,
    );
    expect(approved).toMatchObject({
      ok: true,
      value: {
        entry: {
          slug: "what-is-the-conversion-fee",
          answer: "A one-off fee to take a client off the platform.",
          tags: ["fees"],
        },
        suggestion: {
          status: "approved",
          decidedBy: "mod-2",
          createdEntrySlug: "what-is-the-conversion-fee",
        },
      },
    });
    expect(
      (await store.candidates.findCandidates('"conversion"', 5)).map((candidate) => candidate.slug),
    ).toEqual(["what-is-the-conversion-fee"]);
    expect(await store.suggestions.listQueue()).toEqual([]);
    expect(auditRows().at(-1)).toMatchObject({ action: "faq.approve", target: `suggestion:${id}` });
    expect(await store.suggestions.approve(id, {}, moderator, t2)).toEqual({
      ok: false,
      code: "wrong-state",
    });
  });

  it("makes a free slug when the question's slug is taken, and refuses a taken slug given explicitly", async () => {
    const { store } = openTestFaqStore();
    await store.entries.add(sampleEntry({ slug: "what-is-jss" }), moderator, t0);
    const a = await store.suggestions.suggest(
      { question: "What is JSS?", answer: "A score." },
      moderator,
      t0,
    );
    const b = await store.suggestions.suggest(
      { question: "What is JSS?", answer: "A score." },
      moderator,
      t0,
    );
    const idA = a.ok ? a.value.suggestion.id : -1;
    const idB = b.ok ? b.value.suggestion.id : -1;
    expect(await store.suggestions.approve(idA, {}, moderator, t1)).toMatchObject({
      ok: true,
      value: { entry: { slug: "what-is-jss-2" } },
    });
    expect(await store.suggestions.approve(idB, { slug: "what-is-jss" }, moderator, t1)).toEqual({
      ok: false,
      code: "slug-taken",
    });
    expect((await store.suggestions.getSuggestion(idB))?.status).toBe("pending");
  });

  it("rejects with a reason, once", async () => {
    const { store, auditRows } = openTestFaqStore();
    const filed = await store.suggestions.suggest({ question: "Q?", answer: "A." }, moderator, t0);
    const id = filed.ok ? filed.value.suggestion.id : -1;
    expect(
      await store.suggestions.reject(id, "duplicate of jss-calculation", otherModerator, t1),
    ).toMatchObject({
      ok: true,
      value: {
        status: "rejected",
        reason: "duplicate of jss-calculation",
        decidedBy: "mod-2",
        decidedAt: t1.toISOString(),
      },
    });
    expect(await store.suggestions.reject(id, "again", moderator, t2)).toEqual({
      ok: false,
      code: "wrong-state",
    });
    expect(await store.suggestions.reject(999, "x", moderator, t2)).toEqual({ ok: false, code: "not-found" });
    expect(await store.suggestions.approve(999, {}, moderator, t2)).toEqual({ ok: false, code: "not-found" });
    expect(auditRows().filter((row) => row.action === "faq.reject")).toHaveLength(1);
  });

  it("lists the queue oldest first", async () => {
    const { store } = openTestFaqStore();
    await store.suggestions.suggest({ question: "Later?", answer: "b" }, moderator, t1);
    await store.suggestions.suggest({ question: "Earlier?", answer: "a" }, moderator, t0);
    expect((await store.suggestions.listQueue()).map((suggestion) => suggestion.question)).toEqual([
      "Earlier?",
      "Later?",
    ]);
    expect(await store.suggestions.listQueue(1)).toHaveLength(1);
  });
});

describe("FaqStore over SQLite: one transaction per write", () => {
  it("rolls the revision back when the entry update fails half-way", async () => {
    const { store, database, snapshot } = openTestFaqStore();
    await store.entries.add(sampleEntry(), moderator, t0);
    // A trigger that fails the UPDATE after the revision INSERT already ran in the same transaction.
    database.sqlite.exec(
      "create trigger fail_edit before update of answer on faq_entries begin select raise(abort, 'disk full'); end",
    );
    const before = snapshot();
    await expect(
      store.entries.edit("top-rated-badge-delay", { answer: "x" }, { reason: "r" }, moderator, t1),
    ).rejects.toThrow(/disk full/);
    expect(snapshot()).toEqual(before);
  });
});
