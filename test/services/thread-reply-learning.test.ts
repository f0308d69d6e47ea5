import { afterEach, describe, expect, it } from "vitest";
import { faqCommand } from "../../commands/faq/index.js";
import { settingsCommand } from "../../commands/settings.js";
import { runTextCommand } from "../../src/command-kit/text-invocation.js";
import type { Actor } from "../../src/core/actor.js";
import type { ThreadReplyOutcome } from "../../src/core/faq/thread-reply-types.js";
import { listedChannels } from "../support/listed-channels.js";
import { teachScenario } from "../support/teach-scenario.js";
import { askedQuestion, community, incoming, space, threadReplyHarness } from "./thread-reply-harness.js";

const now = new Date("2026-11-26T12:00:00Z");
/** Scores under the answer threshold for the starter pack, with the taught entry among its likely ones. */
const { unsure: unsureQuestion, slug: taughtSlug, askedAgain } = teachScenario;

let harness = await threadReplyHarness();
afterEach(async () => {
  harness.close();
  harness = await threadReplyHarness();
});

const actor = (userId: string, isModerator = false): Actor => ({
  ...space,
  communityId: community,
  userId,
  displayName: userId,
  isModerator,
});

/** A command typed by a moderator of the Discord server, through runCommand as every adapter calls it. */
async function moderatorRuns(line: string) {
  const ctx = {
    actor: actor("mod", true),
    services: harness.view,
    commands: [faqCommand, settingsCommand],
    now,
    channels: listedChannels("mods"),
  };
  return (await runTextCommand(line, ctx)).reply;
}

let threadCounter = 0;
function ask(text: string, authorId = "asker-1"): Promise<ThreadReplyOutcome> {
  threadCounter += 1;
  const id = `learn-${threadCounter}`;
  return harness.service.handle(incoming({ text, threadId: id, messageId: id, authorId }), now);
}

describe("learning from silences: /faq unanswered then /faq teach", () => {
  it("lists the silent question with its id, and once taught the same question is answered", async () => {
    await moderatorRuns("/settings might_help_off:all");
    const first = await ask(unsureQuestion);
    expect(first).toMatchObject({ kind: "silent", reason: "low-confidence" });

    const listed = await moderatorRuns("/faq unanswered");
    expect(listed).toMatchObject({ kind: "message", visibility: "private" });
    const questions = (listed.data as { questions: { id: number; text: string }[] }).questions;
    expect(questions.map((question) => question.text)).toEqual([unsureQuestion]);
    const id = questions[0]?.id;
    expect(listed.body).toContain(`#${id}`);

    const taught = await moderatorRuns(`/faq teach id:${id} slug:${taughtSlug}`);
    expect(taught, taught.body).toMatchObject({
      kind: "message",
      visibility: "private",
      data: { action: "taught", answersNow: true, entry: { slug: taughtSlug, version: 2 } },
    });
    // Revisioned and audited like any edit.
    const audit = harness.database.sqlite
      .prepare("SELECT action, target FROM audit_log ORDER BY id DESC LIMIT 1")
      .get() as { action: string; target: string };
    expect(audit.action).toBe("faq.edit");
    const history = await harness.faq.history.history(taughtSlug);
    expect(history?.revisions[0]?.reason).toBe(`taught from unanswered question #${id}`);

    // Asked again, in other case and punctuation: answered with the taught entry.
    const again = await ask(askedAgain);
    expect(again).toMatchObject({ kind: "thread_reply", faq: { slug: taughtSlug } });
    // The taught question left the list.
    expect((await moderatorRuns("/faq unanswered")).data).toEqual({ questions: [] });
  });

  it("refuses clearly: an unknown id, an unknown entry, another community's question", async () => {
    expect(await moderatorRuns("/faq teach id:999 slug:connects-price-expiry")).toMatchObject({
      kind: "problem",
      code: "not-found",
      visibility: "private",
    });
    await moderatorRuns("/settings might_help_off:all");
    await ask(unsureQuestion);
    const [question] = ((await moderatorRuns("/faq unanswered")).data as { questions: { id: number }[] })
      .questions;
    expect(await moderatorRuns(`/faq teach id:${question?.id} slug:no-such-entry`)).toMatchObject({
      kind: "problem",
      code: "not-found",
    });
    // Another server's moderator cannot list or teach this community's question.
    const otherCommunity = await harness.bot.communities.communityOf(
      { platform: "discord", spaceId: "guild-2" },
      now,
    );
    const other = {
      actor: { ...actor("mod-2", true), spaceId: "guild-2", communityId: otherCommunity },
      services: harness.bot.forCommunity(otherCommunity),
      commands: [faqCommand],
      now,
    };
    expect((await runTextCommand("/faq unanswered", other)).reply.data).toEqual({ questions: [] });
    expect(
      (await runTextCommand(`/faq teach id:${question?.id} slug:${taughtSlug}`, other)).reply,
    ).toMatchObject({ kind: "problem", code: "not-found" });
    expect((await harness.faq.entries.getBySlug(taughtSlug))?.version).toBe(1);
  });
});

describe("Not helpful from the asker", () => {
  it("lowers that entry for that wording, lists the question, and teaching lifts it", async () => {
    const answered = await ask(askedQuestion);
    if (answered.kind !== "thread_reply") throw new Error(`expected an answer, got ${answered.kind}`);
    const slug = answered.faq.slug;
    // A bystander's verdict is counted, but does not speak for the asker's question.
    await harness.service.recordFeedback(answered.replyId, actor("bystander"), "not-helpful", now);
    expect((await ask(askedQuestion)).kind).toBe("thread_reply");

    expect(await harness.service.recordFeedback(answered.replyId, actor("asker-1"), "not-helpful", now)).toBe(
      "recorded",
    );
    const again = await ask(askedQuestion);
    expect(again.kind === "thread_reply" ? again.faq.slug : null).not.toBe(slug);
    const search = await harness.view.faqSearch.search(askedQuestion, 2);
    expect([search.best, ...search.related].map((match) => match?.entry.slug)).not.toContain(slug);
    // Another wording still finds the entry.
    expect(
      (await harness.view.faqSearch.search("When does the Top Rated badge show up?")).best?.entry.slug,
    ).toBe(slug);

    const listed = (await moderatorRuns("/faq unanswered")).data as {
      questions: { id: number; reason: string; bestSlug: string }[];
    };
    const rejected = listed.questions.find((question) => question.reason === "not-helpful");
    expect(rejected?.bestSlug).toBe(slug);
    const stats = await moderatorRuns("/faq stats");
    expect(stats.data).toMatchObject({ notHelpful: 2 });

    await moderatorRuns(`/faq teach id:${rejected?.id} slug:${slug}`);
    expect(await ask(askedQuestion)).toMatchObject({ kind: "thread_reply", faq: { slug } });
  });
});

describe("the middle band", () => {
  it('offers the likeliest entries as "Might help" buttons; a click shows one privately and counts', async () => {
    const offer = await ask(unsureQuestion);
    if (offer.kind !== "thread_offer") throw new Error(`expected an offer, got ${offer.kind}`);
    expect(offer.offered.length).toBeGreaterThanOrEqual(2);
    expect(offer.offered.length).toBeLessThanOrEqual(3);
    const buttons = offer.reply.actions ?? [];
    expect(buttons.map((button) => button.label).slice(0, offer.offered.length)).toEqual(
      offer.offered.map(() => expect.stringMatching(/^Might help: /)),
    );
    expect(buttons.map((button) => button.id)).toContain(`thread:offer:${offer.replyId}:0`);
    // Still on the moderators' list: an offer is not an answer.
    const listed = (await moderatorRuns("/faq unanswered")).data as { questions: { text: string }[] };
    expect(listed.questions.map((question) => question.text)).toContain(unsureQuestion);
    // Once per thread: the same delivery again is silent.
    const { threadId } = (offer.reply.data as { question: { threadId: string } }).question;
    const redelivered = incoming({ text: unsureQuestion, threadId, messageId: threadId });
    expect((await harness.service.handle(redelivered, now)).kind).toBe("silent");

    const clicked = await harness.service.openOffer(offer.replyId, 1, actor("bystander"), now);
    const entry = await harness.faq.entries.getBySlug(offer.offered[1]?.slug ?? "");
    expect(clicked).toMatchObject({
      kind: "message",
      visibility: "private",
      title: entry?.question,
      body: expect.stringContaining(entry?.answer.slice(0, 40) ?? "?"),
      data: { slug: offer.offered[1]?.slug, firstClick: true },
    });
    expect(await harness.service.openOffer(offer.replyId, 1, actor("bystander"), now)).toMatchObject({
      data: { firstClick: false },
    });
    await harness.service.openOffer(offer.replyId, 0, actor("bystander"), now);
    expect((await moderatorRuns("/faq stats")).data).toMatchObject({ offered: 1, offerClicks: 2 });

    // A crafted click: a position the offer never had, or the offer from another community's member.
    expect(await harness.service.openOffer(offer.replyId, 7, actor("bystander"), now)).toMatchObject({
      kind: "problem",
      code: "not-found",
    });
    const stranger: Actor = { ...actor("stranger"), spaceId: "guild-2", communityId: "discord-guild-2" };
    expect(await harness.service.openOffer(offer.replyId, 0, stranger, now)).toMatchObject({
      kind: "problem",
      code: "not-found",
      visibility: "private",
    });
  });

  it("shadow mode shows the offer to moderators, and might_help_off keeps a channel silent", async () => {
    await moderatorRuns("/settings shadow_mode:true shadow_channel:mods");
    const shadowed = await ask(unsureQuestion);
    expect(shadowed).toMatchObject({
      kind: "thread_offer",
      target: { kind: "shadow", channelId: "mods" },
      reply: { data: { shadow: true, askerId: null } },
    });
    if (shadowed.kind === "thread_offer") expect(shadowed.reply.body).not.toContain("{asker}");
    const off = await moderatorRuns("/settings shadow_mode:false might_help_off:forum-1");
    expect(off.body).toMatch(/"Might help" offers:\*\* off in `forum-1`/);
    expect(await ask(unsureQuestion)).toMatchObject({ kind: "silent", reason: "low-confidence" });
    // Another channel still gets offers.
    const elsewhere = await harness.service.handle(
      incoming({ text: unsureQuestion, channelId: "forum-2", threadId: "t-f2", messageId: "t-f2" }),
      now,
    );
    expect(elsewhere.kind).toBe("thread_offer");
  });
});
