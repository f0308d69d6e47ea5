import { afterEach, describe, expect, it } from "vitest";
import { privacyCommand } from "../../commands/privacy.js";
import { runTextCommand } from "../../src/command-kit/text-invocation.js";
import type { Actor } from "../../src/core/actor.js";
import { purgeExpiredMemberData, startRetentionPurge } from "../../src/services/retention-purge.js";
import { memoryLogger } from "../support/memory-logger.js";
import { askedQuestion, community, incoming, space, threadReplyHarness } from "./thread-reply-harness.js";

const day = 24 * 60 * 60 * 1000;
const now = new Date("2026-11-26T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * day);
const secret = "I earn $1000 a month, how do I file taxes in Germany?";
let harness = await threadReplyHarness();
afterEach(async () => {
  harness.close();
  harness = await threadReplyHarness();
});

const member = (userId: string, isModerator = false): Actor => ({
  ...space,
  communityId: community,
  userId,
  displayName: userId,
  isModerator,
});

/** Everything the member "ana" leaves behind: a silence, an answer she rated, a suggestion. */
async function anaLeavesTraces(at: Date) {
  const tag = at.getTime();
  await harness.service.handle(
    incoming({ authorId: "ana", threadId: `t-${tag}`, messageId: `m-${tag}`, text: secret }),
    at,
  );
  const answered = await harness.service.handle(
    incoming({ authorId: "ana", threadId: `a-${tag}`, messageId: `q-${tag}`, text: askedQuestion }),
    at,
  );
  if (answered.kind !== "thread_reply") throw new Error(`expected an answer, got ${answered.kind}`);
  await harness.service.recordFeedback(answered.replyId, member("ana"), "helpful", at);
  await harness.faq.suggestions.suggest(
    { question: secret, answer: "Ask a tax adviser." },
    member("ana"),
    at,
  );
}

const count = (sql: string) => (harness.database.sqlite.prepare(sql).get() as { n: number }).n;

describe("what is kept about members (issue 15, finding 6)", () => {
  // What erasure and the purge remove, row by row, is the store contract's (member-data.contract.test.ts).
  it("/privacy erase is for moderators, and tells them privately what was erased", async () => {
    await anaLeavesTraces(now);
    const run = (actor: Actor) =>
      runTextCommand("/privacy erase member:<@ana>", {
        actor,
        services: harness.view,
        commands: [privacyCommand],
        now,
      });
    expect((await run(member("ana"))).reply).toMatchObject({ kind: "problem", code: "not-allowed" });
    const { reply } = await run(member("mod", true));
    expect(reply).toMatchObject({
      kind: "message",
      visibility: "private",
      data: { member: "ana", counts: { unansweredQuestions: 1, threadAnswers: 1, suggestions: 1 } },
    });
    expect(reply.body).toContain("Unanswered questions deleted: 1");
    expect(reply.body).not.toContain("I earn");
  });

  it("the purge runs each community under its own retention (90 days by default)", async () => {
    await anaLeavesTraces(daysAgo(91));
    await anaLeavesTraces(daysAgo(10));
    const first = await purgeExpiredMemberData(harness.stores, now);
    expect(first.removed).toMatchObject({ unansweredQuestions: 1, threadAnswers: 1, feedback: 1 });
    expect(Object.values((await purgeExpiredMemberData(harness.stores, now)).removed)).toEqual(
      Array(8).fill(0),
    );
    // A shorter retention reaches the newer rows too.
    await harness.settings.update({ retentionDays: 7 }, { ...space, userId: "mod" });
    const shorter = await purgeExpiredMemberData(harness.stores, now);
    expect(shorter.removed).toMatchObject({ unansweredQuestions: 1, threadAnswers: 1, feedback: 1 });
  });

  it("the bot process purges at start and again on its timer", async () => {
    await anaLeavesTraces(daysAgo(100));
    let runs = 0;
    const purge = startRetentionPurge(
      async () => {
        runs += 1;
        return purgeExpiredMemberData(harness.stores, now);
      },
      memoryLogger().logger,
      20,
    );
    await purge.firstRun;
    expect(runs).toBe(1);
    expect(count("SELECT count(*) AS n FROM unanswered_questions")).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 90));
    await purge.stop();
    expect(runs).toBeGreaterThanOrEqual(3);
  });
});
