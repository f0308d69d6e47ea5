import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { incoming, moderatorActor, threadReplyHarness } from "./thread-reply-harness.js";

// Issue 17 through the real thread-reply path: languages, the hand-tried failures, taught aliases.

const now = new Date("2026-11-26T12:00:00Z");
let harness: Awaited<ReturnType<typeof threadReplyHarness>>;
let thread = 0;
beforeEach(async () => {
  harness = await threadReplyHarness();
});
afterEach(() => harness.close());

function ask(text: string) {
  thread += 1;
  return harness.service.handle(incoming({ text, threadId: `t-${thread}`, messageId: `m-${thread}` }), now);
}

function unansweredReasons(): string[] {
  return (
    harness.database.sqlite.prepare("SELECT reason FROM unanswered_questions ORDER BY id").all() as {
      reason: string;
    }[]
  ).map((row) => row.reason);
}

describe("languages", () => {
  it("stays silent with reason language on a question the English FAQ cannot read, and lists it", async () => {
    expect(await ask("Как рассчитывается JSS?")).toMatchObject({ kind: "silent", reason: "language" });
    // No question mark and no English question form: still a language silence, not "not a question".
    expect(await ask("Подскажите про значок Top Rated после 13/16 недель")).toMatchObject({
      reason: "language",
    });
    expect(unansweredReasons()).toEqual(["language", "language"]);
  });

  it("answers a question in a language the FAQ has entries in, from those entries", async () => {
    const added = await harness.faq.entries.add(
      {
        slug: "jss-calculation-ru",
        question: "Как рассчитывается Job Success Score?",
        answer: "JSS считается по результатам контрактов за последние 24 месяца.",
        aliases: ["как считается JSS", "из чего складывается мой JSS"],
      },
      moderatorActor,
      now,
    );
    expect(added.ok).toBe(true);
    const outcome = await ask("Как рассчитывается JSS на Upwork?");
    expect(outcome).toMatchObject({ kind: "thread_reply", faq: { slug: "jss-calculation-ru" } });
  });
});

describe("the hand-tried failures of issue 17", () => {
  it.each([
    ["do connects expire if i dont use them", "availability-badge", "connects-price-expiry"],
    ["how much money do i need to make for top rated", "top-rated-plus-large-contract-thresholds", null],
    ["is freelancer plus worth it", "client-fees", "freelancer-plus"],
    ["How does Top Rated relate to long-term contracts?", null, "top-rated-long-term-contracts"],
  ])("%j: never %s, and answered with %s when answered", async (text, never, expected) => {
    const outcome = await ask(text);
    const slug = outcome.kind === "thread_reply" ? outcome.faq.slug : null;
    expect(slug).not.toBe(never);
    if (expected !== null) expect(slug).toBe(expected);
  });
});

describe("aliases, including questions taught from the unanswered list", () => {
  it("a question asked again after it was added as an alias is answered", async () => {
    const question = "what happens to my account while I'm on sabbatical for half a year?";
    expect((await ask(question)).kind).toBe("silent");
    const entry = await harness.faq.entries.getBySlug("account-inactive-closed");
    if (!entry) throw new Error("starter pack missing account-inactive-closed");
    const edited = await harness.faq.entries.edit(
      entry.slug,
      { aliases: [...entry.aliases.slice(0, 7), question] },
      { reason: "taught from the unanswered list" },
      moderatorActor,
      now,
    );
    expect(edited.ok).toBe(true);
    expect(await ask(question)).toMatchObject({
      kind: "thread_reply",
      faq: { slug: "account-inactive-closed" },
    });
  });
});
