import { beforeEach, describe, expect, it } from "vitest";
import { openFaqCommandHarness } from "./faq-command-harness.js";

const seedActor = { platform: "console" as const, spaceId: "console", userId: "seed" };

describe("/faq curation through the text syntax", () => {
  let harness: ReturnType<typeof openFaqCommandHarness>;
  beforeEach(async () => {
    harness = openFaqCommandHarness();
    await harness.services.faq.entries.add(
      {
        slug: "top-rated-badge-delay",
        question: "How long until the Top Rated badge shows up?",
        answer: "Usually a few days after the weekly check.\n\n- line two with `code`",
        aliases: ["TR badge delay"],
        tags: ["top-rated", "badges"],
        sources: ["https://support.upwork.com/hc/en-us/articles/360049702614"],
        reviewBy: "2026-10-01",
      },
      seedActor,
      harness.now,
    );
  });

  it("adds with lists and a review date, then shows the entry publicly to members", async () => {
    const added = await harness.run(
      '/faq add slug:conversion-fee question:"What is the conversion fee?" answer:"A fee to move a client." aliases:"move client, take client off platform" tags:Fees,payments sources:"https://support.upwork.com/a https://support.upwork.com/b" review_by:2027-05-01',
      true,
    );
    expect(added).toMatchObject({
      kind: "message",
      visibility: "private",
      data: {
        action: "added",
        entry: {
          slug: "conversion-fee",
          aliases: ["move client", "take client off platform"],
          tags: ["fees", "payments"],
          sources: ["https://support.upwork.com/a", "https://support.upwork.com/b"],
          reviewBy: "2027-05-01",
          version: 1,
        },
      },
    });
    const shown = await harness.run("/faq show conversion-fee", false);
    expect(shown).toMatchObject({
      kind: "message",
      visibility: "public",
      sources: ["https://support.upwork.com/a", "https://support.upwork.com/b"],
      data: { entry: { slug: "conversion-fee" } },
    });
  });

  it.each([
    ['/faq add slug:x-y answer:"A."', "question"],
    ['/faq add slug:x-y question:"Q?" answer:"A." sources:"ftp://example.com"', "sources"],
    ['/faq add slug:x-y question:"Q?" answer:"A." sources:"https://x.example/a><!channel>"', "sources"],
    ['/faq add slug:x-y question:"Q?" answer:"A." sources:"http://support.upwork.com/a"', "sources"],
    ['/faq add slug:x-y question:"Q?" answer:"A." review_by:2026-02-30', "review_by"],
    ['/faq add slug:"Not A Slug" question:"Q?" answer:"A."', "slug"],
    ["/faq edit slug:top-rated-badge-delay", null],
  ])("answers %s with a private invalid-input naming the option", async (line, option) => {
    const before = harness.snapshot();
    const reply = await harness.run(line, true);
    expect(reply).toMatchObject({ kind: "problem", code: "invalid-input", visibility: "private" });
    expect((reply.data as { option: string | null }).option).toBe(option);
    expect(harness.snapshot()).toEqual(before);
  });

  it("refuses a stale edit with conflict, naming the current version", async () => {
    expect(
      (await harness.run('/faq edit slug:top-rated-badge-delay answer:"First." version:1', true)).kind,
    ).toBe("message");
    const second = await harness.run('/faq edit slug:top-rated-badge-delay answer:"Second." version:1', true);
    expect(second).toMatchObject({ kind: "problem", code: "conflict", data: { currentVersion: 2 } });
    expect((await harness.services.faq.entries.getBySlug("top-rated-badge-delay"))?.answer).toBe("First.");
  });

  it("reverts to the previous text exactly, after an edit, through history", async () => {
    const original = await harness.services.faq.entries.getBySlug("top-rated-badge-delay");
    await harness.run('/faq edit slug:top-rated-badge-delay answer:"Wrong." tags:- reason:"test"', true);
    const history = await harness.run("/faq history top-rated-badge-delay", true);
    expect(history.data).toMatchObject({
      currentVersion: 2,
      revisions: [{ version: 1, changedBy: "mod", reason: "test" }],
    });
    const reverted = await harness.run("/faq revert slug:top-rated-badge-delay version:1", true);
    expect(reverted.data).toMatchObject({ action: "reverted", entry: { version: 3 } });
    const now = await harness.services.faq.entries.getBySlug("top-rated-badge-delay");
    expect({ answer: now?.answer, tags: now?.tags, question: now?.question }).toEqual({
      answer: original?.answer,
      tags: original?.tags,
      question: original?.question,
    });
  });

  it("hides archived entries from members but shows them to moderators", async () => {
    await harness.run("/faq archive slug:top-rated-badge-delay", true);
    expect(await harness.run("/faq show top-rated-badge-delay", false)).toMatchObject({ code: "not-found" });
    expect(await harness.run("/faq show top-rated-badge-delay", true)).toMatchObject({
      kind: "message",
      visibility: "private",
      data: { entry: { status: "archived" } },
    });
    expect(await harness.run("/faq list", false)).toMatchObject({ kind: "problem", code: "not-found" });
  });

  it("suggests as a member, then approves with an edited answer as a moderator", async () => {
    const suggested = await harness.run(
      '/faq suggest question:"Does a refund lower my JSS?" answer:"maybe"',
      false,
    );
    expect(suggested).toMatchObject({ kind: "message", visibility: "private", data: { status: "pending" } });
    const id = (suggested.data as { suggestionId: number }).suggestionId;
    const queue = await harness.run("/faq queue", true);
    expect(queue.actions?.map((action) => action.id)).toEqual([
      `faq:approve:${id}`,
      `faq:edit:${id}`,
      `faq:reject:${id}`,
    ]);
    const approved = await harness.run(
      `/faq approve id:${id} slug:refund-jss answer:"A refund can count as a poor outcome." tags:jss`,
      true,
    );
    expect(approved.data).toMatchObject({
      action: "approved",
      entry: { slug: "refund-jss", answer: "A refund can count as a poor outcome.", tags: ["jss"] },
    });
    expect(await harness.run(`/faq reject id:${id} reason:late`, true)).toMatchObject({ code: "conflict" });
    expect(await harness.run("/faq approve id:999", true)).toMatchObject({ code: "not-found" });
  });

  it("asks for a shorter question when approving a long thread capture unedited", async () => {
    await harness.services.faq.suggestions.saveThreadAnswerAsSuggestion(
      {
        channelId: "c",
        threadId: "t",
        openingQuestion: `${"Why ".repeat(100)}?`,
        answerText: "Because.",
        answerMessageLink: "https://discord.com/channels/1/2/3",
        answerAuthorId: "author-1",
      },
      seedActor,
      harness.now,
    );
    expect(await harness.run("/faq approve id:1", true)).toMatchObject({
      code: "invalid-input",
      data: { option: "question" },
    });
    expect(await harness.run('/faq approve id:1 question:"Why?"', true)).toMatchObject({ kind: "message" });
  });

  it("lists by tag publicly, lists stale entries, and suggests a slug for a typo", async () => {
    expect(await harness.run("/faq list tag:badges", false)).toMatchObject({
      kind: "message",
      visibility: "public",
      data: { tag: "badges", total: 1, entries: [{ slug: "top-rated-badge-delay" }] },
    });
    for (let index = 0; index < 30; index += 1) {
      await harness.services.faq.entries.add(
        { slug: `extra-${String(index).padStart(2, "0")}`, question: `Extra ${index}?`, answer: "A." },
        seedActor,
        harness.now,
      );
    }
    expect(await harness.run("/faq list page:2", false)).toMatchObject({
      data: {
        page: 2,
        pages: 2,
        total: 31,
        entries: [{ slug: "extra-25" }, {}, {}, {}, {}, { slug: "top-rated-badge-delay" }],
      },
    });
    expect(await harness.run("/faq list page:3", false)).toMatchObject({ code: "invalid-input" });
    expect(await harness.run("/faq list tag:nope", false)).toMatchObject({ code: "not-found" });
    expect((await harness.run("/faq list tag:nope", false)).body).toContain("`badges`");
    expect(await harness.run("/faq stale", true)).toMatchObject({
      data: { today: "2026-11-20", entries: [{ slug: "top-rated-badge-delay", reviewBy: "2026-10-01" }] },
    });
    expect(await harness.run("/faq show top-rated-badge-dely", false)).toMatchObject({
      code: "not-found",
      data: { suggestion: "top-rated-badge-delay" },
    });
  });

  it("searches with the shared matcher", async () => {
    const reply = await harness.run("/faq search when does the top rated badge appear", false);
    expect(reply).toMatchObject({ kind: "message", visibility: "private" });
    expect((reply.data as { results: { slug: string }[] }).results[0]?.slug).toBe("top-rated-badge-delay");
  });
});
