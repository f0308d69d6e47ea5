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

const dump = () =>
  JSON.stringify(
    ["unanswered_questions", "thread_answers", "thread_feedback", "faq_suggestions", "member_activity"].map(
      (table) => harness.database.sqlite.prepare(`SELECT * FROM ${table}`).all(),
    ),
  );
const count = (sql: string) => (harness.database.sqlite.prepare(sql).get() as { n: number }).n;

describe("what is kept about members (issue 15, finding 6)", () => {
  it("/privacy erase removes one member's questions, ids and suggestions, and audits it without the text", async () => {
    await anaLeavesTraces(now);
    await harness.service.handle(
      incoming({ authorId: "bo", threadId: "bo-1", messageId: "bo-1", text: "how do I invoice in Spain?" }),
      now,
    );
    expect(dump()).toContain("ana");
    const run = (actor: Actor) =>
      runTextCommand("/privacy erase member:<@ana>", {
        actor,
        services: harness.view,
        commands: [privacyCommand],
        now,
      });
    expect((await run(member("ana"))).reply).toMatchObject({ kind: "problem", code: "not-allowed" });
    const { reply } = await run(member("mod", true));
    expect(reply).toMatchObject({ kind: "message", visibility: "private" });
    const tables = dump();
    expect(tables).not.toContain('"ana"');
    expect(tables).not.toContain("I earn");
    // Another member's question stays; the answered thread keeps its once-per-thread row.
    expect(tables).toContain("invoice in Spain");
    expect(count("SELECT count(*) AS n FROM thread_feedback")).toBe(1);
    const audit = harness.database.sqlite
      .prepare("SELECT actor, target, detail FROM audit_log WHERE action = 'privacy.erase'")
      .all() as { actor: string; target: string; detail: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: "mod", target: "member:discord:ana" });
    expect(audit[0]?.detail).not.toContain("I earn");
    expect(JSON.parse(audit[0]?.detail ?? "{}")).toMatchObject({ unansweredQuestions: 1, suggestions: 1 });
  });

  it("the purge removes member data older than the retention (90 days by default) and keeps the rest", async () => {
    await anaLeavesTraces(daysAgo(91));
    await anaLeavesTraces(daysAgo(10));
    const summary = await purgeExpiredMemberData(harness.stores, now);
    expect(summary.removed).toMatchObject({ unansweredQuestions: 1, threadAnswers: 1, feedback: 1 });
    expect(count("SELECT count(*) AS n FROM unanswered_questions")).toBe(1);
    expect(count("SELECT count(*) AS n FROM thread_answers WHERE asker_id = 'ana'")).toBe(1);
    expect(count("SELECT count(*) AS n FROM thread_feedback WHERE user_id = 'ana'")).toBe(1);
    // A second run finds nothing more; a shorter retention reaches the newer rows too.
    expect(Object.values((await purgeExpiredMemberData(harness.stores, now)).removed)).toEqual(
      Array(7).fill(0),
    );
    await harness.settings.update({ retentionDays: 7 }, { ...space, userId: "mod" });
    await purgeExpiredMemberData(harness.stores, now);
    expect(count("SELECT count(*) AS n FROM unanswered_questions")).toBe(0);
    expect(count("SELECT count(*) AS n FROM thread_answers WHERE question_text IS NOT NULL")).toBe(0);
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
