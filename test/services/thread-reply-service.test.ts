import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Actor } from "../../src/core/actor.js";
import type { IncomingThreadMessage, ThreadReplyOutcome } from "../../src/core/faq/thread-reply-types.js";
import {
  askedQuestion,
  community,
  incoming,
  moderatorActor,
  space,
  threadReplyHarness,
} from "./thread-reply-harness.js";

const now = new Date("2026-11-26T12:00:00Z");
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

let harness = await threadReplyHarness();
afterEach(async () => {
  harness.close();
  harness = await threadReplyHarness();
});

function unansweredRows() {
  return harness.database.sqlite
    .prepare("SELECT reason, message_id AS messageId FROM unanswered_questions ORDER BY id")
    .all() as { reason: string; messageId: string }[];
}

function answerCount(database = harness.database): number {
  return (database.sqlite.prepare("SELECT count(*) AS n FROM thread_answers").get() as { n: number }).n;
}

describe("the thread-reply decision table", () => {
  const cases: {
    name: string;
    message: Partial<IncomingThreadMessage>;
    expected: "thread_reply" | string;
    recorded: boolean;
  }[] = [
    {
      name: "opening post in a forum, clear question",
      message: {},
      expected: "thread_reply",
      recorded: false,
    },
    { name: "bot author", message: { authorIsBot: true }, expected: "bot-author", recorded: false },
    {
      // A message that asks nothing is conversation: neither its text nor its author is kept.
      name: "not a question",
      message: { text: "lol same here" },
      expected: "not-a-question",
      recorded: false,
    },
    {
      name: "low confidence (a question the FAQ does not cover)",
      message: { text: "which laptop should I buy for video editing under $1000?" },
      expected: "low-confidence",
      recorded: true,
    },
    {
      name: "reply inside a thread without a mention",
      message: { isThreadStart: false, messageId: "m-2" },
      expected: "not-addressed",
      recorded: false,
    },
    {
      // Nobody asked the bot and it could not have answered there: nothing is kept (issue 15, finding 6).
      name: "opening post in a text channel (auto-answers only in forums by default)",
      message: { channelKind: "text", channelId: "general" },
      expected: "channel-off",
      recorded: false,
    },
    {
      name: "mention outside auto-answer channels",
      message: { channelKind: "text", channelId: "general", isThreadStart: false, mentionsBot: true },
      expected: "thread_reply",
      recorded: false,
    },
  ];

  it.each(cases)("$name -> $expected", async ({ message, expected, recorded }) => {
    const outcome = await harness.service.handle(incoming(message), now);
    expect(outcome.kind === "thread_reply" ? "thread_reply" : outcome.reason).toBe(expected);
    expect(unansweredRows().length).toBe(recorded ? 1 : 0);
  });

  it("answers with the right entry, mentions only the asker, and carries the three actions", async () => {
    const outcome = await harness.service.handle(incoming(), now);
    expect(outcome.kind).toBe("thread_reply");
    if (outcome.kind !== "thread_reply") return;
    expect(outcome.faq.slug).toBe("top-rated-badge-delay");
    expect(outcome.confidence).toBeGreaterThanOrEqual(0.7);
    expect(outcome.target).toEqual({ kind: "thread", channelId: "forum-1", threadId: "thread-1" });
    expect(outcome.reply.body.startsWith("{asker} ")).toBe(true);
    expect(outcome.reply.data).toMatchObject({ askerId: "asker-1", replyId: outcome.replyId, shadow: false });
    expect(outcome.reply.sources?.length).toBeGreaterThan(0);
    expect(outcome.reply.footer).toMatch(/Last changed \d{4}-\d{2}-\d{2} · review due \d{4}-\d{2}-\d{2}/);
    expect(outcome.reply.actions?.map((action) => action.id)).toEqual([
      `thread:helpful:${outcome.replyId}`,
      `thread:not-helpful:${outcome.replyId}`,
      `thread:dismiss:${outcome.replyId}`,
    ]);
  });

  it("a second question in an answered thread stays silent as already-answered and is listed", async () => {
    expect((await harness.service.handle(incoming(), now)).kind).toBe("thread_reply");
    const second = await harness.service.handle(
      incoming({
        isThreadStart: false,
        mentionsBot: true,
        messageId: "m-2",
        text: "what is the conversion fee?",
      }),
      now,
    );
    expect(second).toMatchObject({ kind: "silent", reason: "already-answered" });
    expect(unansweredRows()).toEqual([{ reason: "already-answered", messageId: "m-2" }]);
  });

  it("the per-channel cooldown silences the next auto-answer, but not a mention, and ends on time", async () => {
    await harness.settings.update({ channelCooldownSeconds: 600 }, moderatorActor);
    expect((await harness.service.handle(incoming(), now)).kind).toBe("thread_reply");
    const next = incoming({ threadId: "thread-2", messageId: "m-2" });
    expect(await harness.service.handle(next, later(60))).toMatchObject({
      kind: "silent",
      reason: "cooldown",
    });
    const mention = incoming({ threadId: "thread-3", messageId: "m-3", mentionsBot: true });
    expect((await harness.service.handle(mention, later(61))).kind).toBe("thread_reply");
    const afterCooldown = incoming({ threadId: "thread-4", messageId: "m-4" });
    expect((await harness.service.handle(afterCooldown, later(601))).kind).toBe("thread_reply");
  });

  it("ambiguous when two entries fit equally well", async () => {
    // A copy of the best entry under another slug: both match exactly as well.
    const original = await harness.faq.entries.getBySlug("top-rated-badge-delay");
    if (!original) throw new Error("starter pack missing top-rated-badge-delay");
    await harness.faq.entries.add(
      { ...original, slug: "top-rated-badge-delay-copy", reviewBy: original.reviewBy },
      moderatorActor,
      now,
    );
    // The middle band offers both instead of guessing (and the question is still on the list)...
    const offer = await harness.service.handle(incoming(), now);
    expect(offer).toMatchObject({ kind: "thread_offer", reason: "ambiguous" });
    if (offer.kind !== "thread_offer") return;
    expect(
      offer.offered
        .map((entry) => entry.slug)
        .sort()
        .slice(0, 2),
    ).toEqual(["top-rated-badge-delay", "top-rated-badge-delay-copy"]);
    // ...unless moderators prefer silence in that channel.
    await harness.settings.update({ mightHelpOffChannels: ["forum-1"] }, moderatorActor);
    expect(
      await harness.service.handle(incoming({ threadId: "thread-9", messageId: "m-9" }), now),
    ).toMatchObject({ kind: "silent", reason: "ambiguous" });
  });

  it("shadow mode sends the answer to the moderators' channel and pings nobody", async () => {
    await harness.settings.update({ shadowMode: true, shadowChannels: { discord: "mods" } }, moderatorActor);
    const outcome = await harness.service.handle(incoming(), now);
    expect(outcome.kind).toBe("thread_reply");
    if (outcome.kind !== "thread_reply") return;
    expect(outcome.target).toEqual({ kind: "shadow", channelId: "mods" });
    expect(outcome.reply.body).not.toContain("{asker}");
    expect(outcome.reply.data).toMatchObject({ askerId: null, shadow: true });
    // Still at most once per thread.
    expect(await harness.service.handle(incoming(), now)).toMatchObject({
      kind: "silent",
      reason: "already-answered",
    });
  });

  it("a listed channel turns auto-answers on there and off in forums", async () => {
    await harness.settings.update({ autoAnswerChannels: ["help"] }, moderatorActor);
    expect(
      (await harness.service.handle(incoming({ channelKind: "text", channelId: "help" }), now)).kind,
    ).toBe("thread_reply");
    expect(await harness.service.handle(incoming({ threadId: "t-2", messageId: "m-2" }), now)).toMatchObject({
      reason: "channel-off",
    });
  });
});

describe("at most one answer per thread", () => {
  it("the same message delivered twice answers once and records no false 'unanswered'", async () => {
    const outcomes = await Promise.all([
      Promise.resolve().then(async () => await harness.service.handle(incoming(), now)),
      Promise.resolve().then(async () => await harness.service.handle(incoming(), now)),
    ]);
    expect(outcomes.filter((outcome) => outcome.kind === "thread_reply")).toHaveLength(1);
    expect(outcomes.find((outcome) => outcome.kind === "silent")).toMatchObject({
      reason: "already-answered",
    });
    expect(answerCount()).toBe(1);
    expect(unansweredRows()).toEqual([]);
  });

  it("a message plus an app_mention for it (two deliveries, one with the mention flag) answer once", async () => {
    const first = await harness.service.handle(incoming(), now);
    const second = await harness.service.handle(incoming({ mentionsBot: true }), now);
    expect([first.kind, second.kind].sort()).toEqual(["silent", "thread_reply"]);
  });

  it("two connections to one database file, interleaved, answer once, and a restart remembers", async () => {
    const folder = mkdtempSync(join(tmpdir(), "gigdesk-thread-"));
    const path = join(folder, "bot.sqlite");
    const one = await threadReplyHarness(path, "a");
    const two = await threadReplyHarness(path, "b");
    try {
      const outcomes: ThreadReplyOutcome[] = [];
      for (let index = 0; index < 20; index += 1) {
        // One asker per thread: this is about once per thread, not one member's flood limit.
        const message = incoming({
          threadId: `thread-${index}`,
          messageId: `m-${index}`,
          authorId: `asker-${index}`,
        });
        outcomes.push(await one.service.handle(message, now), await two.service.handle(message, now));
      }
      const answered = outcomes.filter((outcome) => outcome.kind === "thread_reply");
      expect(answered).toHaveLength(20);
      expect(answerCount(one.database)).toBe(20);
      expect(answerCount(two.database)).toBe(20);
      // A restart: a fresh service over the same file still remembers every answered thread.
      const restarted = await threadReplyHarness(path, "c");
      expect(
        await restarted.service.handle(incoming({ threadId: "thread-3", messageId: "m-3" }), now),
      ).toMatchObject({
        kind: "silent",
        reason: "already-answered",
      });
      restarted.close();
    } finally {
      one.close();
      two.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("at most one answer per thread across processes", () => {
  interface Twin {
    ready: Promise<void>;
    go(): void;
    kinds: Promise<string[]>;
  }

  function startProcess(path: string, count: number): Twin {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(import.meta.dirname, "duplicate-delivery-process.ts"), path, String(count)],
      { stdio: ["pipe", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    let markReady: () => void = () => {};
    const ready = new Promise<void>((resolve) => {
      markReady = resolve;
    });
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.startsWith("ready\n")) markReady();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const kinds = new Promise<string[]>((resolve, reject) => {
      child.on("error", reject);
      child.on("close", (code) => {
        if (code === 0) resolve(JSON.parse(stdout.slice("ready\n".length)) as string[]);
        else reject(new Error(`process exited with ${code}: ${stderr}`));
      });
    });
    return { ready, go: () => child.stdin.write("go\n"), kinds };
  }

  it("two bot processes handling the same messages at the same moment answer each thread once", async () => {
    const folder = mkdtempSync(join(tmpdir(), "gigdesk-twins-"));
    const path = join(folder, "bot.sqlite");
    (await threadReplyHarness(path)).close(); // migrate and seed once, as the first start would
    try {
      const count = 30;
      const twins = [startProcess(path, count), startProcess(path, count)];
      await Promise.all(twins.map((twin) => twin.ready));
      for (const twin of twins) twin.go();
      const [one = [], two = []] = await Promise.all(twins.map((twin) => twin.kinds));
      for (let index = 0; index < count; index += 1) {
        const pair = [one[index], two[index]].sort();
        expect(pair).toEqual(["already-answered", "thread_reply"]);
      }
      const check = await threadReplyHarness(path);
      expect(answerCount(check.database)).toBe(count);
      // Duplicate deliveries of an answered message are not "unanswered questions".
      expect(check.database.sqlite.prepare("SELECT count(*) AS n FROM unanswered_questions").get()).toEqual({
        n: 0,
      });
      check.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("feedback, dismiss and stats", () => {
  const asker: Actor = {
    ...space,
    communityId: community,
    userId: "asker-1",
    displayName: "Ana",
    isModerator: false,
  };
  const stranger: Actor = { ...asker, userId: "someone-else" };
  const moderator: Actor = { ...asker, userId: "mod-1", isModerator: true };

  async function answer(): Promise<string> {
    const outcome = await harness.service.handle(incoming(), now);
    if (outcome.kind !== "thread_reply") throw new Error(`expected an answer, got ${outcome.reason}`);
    return outcome.replyId;
  }

  it("stores one verdict per user per reply", async () => {
    const replyId = await answer();
    expect(await harness.service.recordFeedback(replyId, { ...asker, userId: "u1" }, "helpful", now)).toBe(
      "recorded",
    );
    expect(
      await harness.service.recordFeedback(replyId, { ...asker, userId: "u1" }, "not-helpful", now),
    ).toBe("already-recorded");
    expect(
      await harness.service.recordFeedback(replyId, { ...asker, userId: "u2" }, "not-helpful", now),
    ).toBe("recorded");
    expect(
      await harness.service.recordFeedback("no-such-reply", { ...asker, userId: "u1" }, "helpful", now),
    ).toBe("not-found");
    expect(await harness.service.stats(community, 5)).toMatchObject({
      answered: 1,
      helpful: 1,
      notHelpful: 1,
    });
  });

  it("lets the asker or a moderator dismiss, nobody else", async () => {
    const replyId = await answer();
    await harness.service.recordDelivery(replyId, "posted-1");
    expect(await harness.service.dismiss(replyId, stranger, now)).toEqual({ kind: "not-allowed" });
    expect(await harness.service.dismiss(replyId, asker, now)).toEqual({
      kind: "dismissed",
      channelId: "forum-1",
      threadId: "thread-1",
      postedMessageId: "posted-1",
    });
    expect(await harness.service.dismiss(replyId, moderator, now)).toMatchObject({ kind: "dismissed" });
    expect(await harness.service.dismiss("nope", moderator, now)).toEqual({ kind: "not-found" });
    expect((await harness.service.stats(community, 5)).dismissed).toBe(1);
  });

  it("audits a moderator's Dismiss of someone else's answer, once, and not the asker's own", async () => {
    const audits = () =>
      harness.database.sqlite
        .prepare("SELECT actor, action, target FROM audit_log WHERE action = 'thread.dismiss'")
        .all();
    const own = await answer();
    await harness.service.dismiss(own, asker, now);
    expect(audits()).toEqual([]);
    const other = await harness.service.handle(
      incoming({ threadId: "thread-2", messageId: "m-2", authorId: "asker-2" }),
      now,
    );
    if (other.kind !== "thread_reply") throw new Error(`expected an answer, got ${other.reason}`);
    await harness.service.dismiss(other.replyId, moderator, now);
    await harness.service.dismiss(other.replyId, moderator, now);
    expect(audits()).toEqual([
      { actor: moderator.userId, action: "thread.dismiss", target: `reply:${other.replyId}` },
    ]);
  });

  it("counts silences by reason and lists the most asked unanswered questions", async () => {
    const uncovered = "how do I file taxes as a freelancer in Germany?";
    await harness.service.handle(incoming({ threadId: "t1", messageId: "m1", text: uncovered }), now);
    await harness.service.handle(
      incoming({ threadId: "t2", messageId: "m2", text: uncovered.toUpperCase() }),
      now,
    );
    await harness.service.handle(
      incoming({ threadId: "t3", messageId: "m3", text: "thanks everyone!" }),
      now,
    );
    await harness.service.handle(incoming({ threadId: "t4", messageId: "m4", text: askedQuestion }), now);
    const stats = await harness.service.stats(community, 5);
    expect(stats.answered).toBe(1);
    // "thanks everyone!" asks nothing, so it is not kept and not counted.
    expect(stats.silent).toBe(2);
    expect(stats.silentByReason).toEqual({ "low-confidence": 2 });
    expect(stats.topUnanswered).toHaveLength(1);
    expect(stats.topUnanswered[0]).toMatchObject({ count: 2, reason: "low-confidence" });
  });
});
