import { afterEach, describe, expect, it } from "vitest";
import { defaultCommunitySettings } from "../../src/core/community-settings.js";
import type { ThreadReplyOutcome } from "../../src/core/faq/thread-reply-types.js";
import { askedQuestion, incoming, moderatorActor, threadReplyHarness } from "./thread-reply-harness.js";

const now = new Date("2026-11-26T12:00:00Z");
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);
const harnesses: Awaited<ReturnType<typeof threadReplyHarness>>[] = [];
afterEach(() => {
  for (const harness of harnesses.splice(0)) harness.close();
});

/** The i-th @-mention in a text channel: each is its own message (and, as on Discord, its own thread). */
const mention = (index: number, authorId = "flooder") =>
  incoming({
    channelKind: "text",
    channelId: "general",
    isThreadStart: false,
    mentionsBot: true,
    threadId: `mention-${index}`,
    messageId: `mention-${index}`,
    authorId,
    text: askedQuestion,
  });

function tally(outcomes: ThreadReplyOutcome[]) {
  return {
    answers: outcomes.filter((outcome) => outcome.kind === "thread_reply").length,
    notices: outcomes.filter((outcome) => outcome.kind === "slow_down").length,
    silent: outcomes.filter((outcome) => outcome.kind === "silent" && outcome.reason === "member-limit")
      .length,
  };
}

describe("per-member flood limits (issue 15, finding 4)", () => {
  it("200 mentions from one member get the limit of answers and one private slow-down notice", async () => {
    const harness = await threadReplyHarness();
    harnesses.push(harness);
    // The setting: a one-hour channel cooldown, which never damped mentions.
    await harness.settings.update({ channelCooldownSeconds: 3600 }, moderatorActor);
    const outcomes: ThreadReplyOutcome[] = [];
    for (let index = 0; index < 200; index += 1) {
      outcomes.push(await harness.service.handle(mention(index), later(index)));
    }
    const limit = defaultCommunitySettings.mentionLimit;
    expect(tally(outcomes)).toEqual({ answers: limit, notices: 1, silent: 200 - limit - 1 });
    const notice = outcomes.find((outcome) => outcome.kind === "slow_down");
    expect(notice).toMatchObject({
      kind: "slow_down",
      memberId: "flooder",
      reply: { visibility: "private", data: { limit: "mention", perWindow: limit } },
    });
    // The flood stored nothing beyond the allowed uses and the one notice, and no unanswered rows.
    const rows = harness.database.sqlite
      .prepare("SELECT kind, count(*) AS n FROM member_activity GROUP BY kind ORDER BY kind")
      .all();
    expect(rows).toEqual([
      { kind: "mention", n: limit },
      { kind: "slow-down", n: 1 },
    ]);
    expect(harness.database.sqlite.prepare("SELECT count(*) AS n FROM unanswered_questions").get()).toEqual({
      n: 0,
    });
    // Another member is not slowed by the flood.
    expect((await harness.service.handle(mention(500, "someone-else"), later(300))).kind).toBe(
      "thread_reply",
    );
  });

  it("the window slides: an hour later the member is answered again and may be told once more", async () => {
    const harness = await threadReplyHarness();
    harnesses.push(harness);
    await harness.settings.update({ mentionLimit: 2, limitWindowMinutes: 60 }, moderatorActor);
    const first = [];
    for (let index = 0; index < 5; index += 1) first.push(await harness.service.handle(mention(index), now));
    expect(tally(first)).toEqual({ answers: 2, notices: 1, silent: 2 });
    const refused = first.find((outcome) => outcome.kind === "slow_down");
    expect(refused?.kind === "slow_down" && refused.reply.data).toMatchObject({ retryAfterSeconds: 3600 });
    const next = [];
    for (let index = 10; index < 14; index += 1)
      next.push(await harness.service.handle(mention(index), later(3601)));
    expect(tally(next)).toEqual({ answers: 2, notices: 1, silent: 1 });
  });

  it("a second delivery of an allowed message is not counted twice, and 0 turns a limit off", async () => {
    const harness = await threadReplyHarness();
    harnesses.push(harness);
    await harness.settings.update({ mentionLimit: 1 }, moderatorActor);
    expect((await harness.service.handle(mention(1), now)).kind).toBe("thread_reply");
    // Slack delivers a mention as `message` and `app_mention`: the second is the same message.
    expect(await harness.service.handle(mention(1), now)).toMatchObject({ reason: "already-answered" });
    expect((await harness.service.handle(mention(2), now)).kind).toBe("slow_down");
    await harness.settings.update({ mentionLimit: 0 }, moderatorActor);
    expect((await harness.service.handle(mention(3), now)).kind).toBe("thread_reply");
  });

  it("auto-answered opening posts have their own limit", async () => {
    const harness = await threadReplyHarness();
    harnesses.push(harness);
    await harness.settings.update({ autoAnswerLimit: 2 }, moderatorActor);
    const posts = [];
    for (let index = 0; index < 4; index += 1) {
      posts.push(
        await harness.service.handle(
          incoming({ threadId: `post-${index}`, messageId: `post-${index}` }),
          now,
        ),
      );
    }
    expect(tally(posts)).toEqual({ answers: 2, notices: 1, silent: 1 });
    expect(posts[2]).toMatchObject({ reply: { data: { limit: "auto-answer" } } });
  });
});
