import { afterEach, describe, expect, it } from "vitest";
import { community, incoming, threadReplyHarness } from "./thread-reply-harness.js";

// Issue 17 through the real thread-reply path: languages, the hand-tried failures, taught aliases.

const now = new Date("2026-11-26T12:00:00Z");
const moderator = { ...community, userId: "mod" };
let harness = threadReplyHarness();
let thread = 0;
afterEach(() => {
  harness.close();
  harness = threadReplyHarness();
});

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
  it("stays silent with reason language on a question the English FAQ cannot read, and lists it", () => {
    expect(ask("Как рассчитывается JSS?")).toMatchObject({ kind: "silent", reason: "language" });
    // No question mark and no English question form: still a language silence, not "not a question".
    expect(ask("Подскажите про значок Top Rated после 13/16 недель")).toMatchObject({ reason: "language" });
    expect(unansweredReasons()).toEqual(["language", "language"]);
  });

  it("answers a question in a language the FAQ has entries in, from those entries", () => {
    harness.faq.add(
      {
        slug: "jss-calculation-ru",
        question: "Как рассчитывается Job Success Score?",
        answer: "JSS считается по результатам контрактов за последние 24 месяца.",
        aliases: ["как считается JSS", "из чего складывается мой JSS"],
      },
      moderator,
      now,
    );
    const outcome = ask("Как рассчитывается JSS на Upwork?");
    expect(outcome).toMatchObject({ kind: "thread_reply", faq: { slug: "jss-calculation-ru" } });
  });
});

describe("the hand-tried failures of issue 17", () => {
  it.each([
    ["do connects expire if i dont use them", "availability-badge", "connects-price-expiry"],
    ["how much money do i need to make for top rated", "top-rated-plus-large-contract-thresholds", null],
    ["is freelancer plus worth it", "client-fees", "freelancer-plus"],
    ["How does Top Rated relate to long-term contracts?", null, "top-rated-long-term-contracts"],
  ])("%j: never %s, and answered with %s when answered", (text, never, expected) => {
    const outcome = ask(text);
    const slug = outcome.kind === "thread_reply" ? outcome.faq.slug : null;
    expect(slug).not.toBe(never);
    if (expected !== null) expect(slug).toBe(expected);
  });
});

describe("aliases, including questions taught from the unanswered list", () => {
  it("a question asked again after it was added as an alias is answered", () => {
    const question = "what happens to my account while I'm on sabbatical for half a year?";
    expect(ask(question).kind).toBe("silent");
    const entry = harness.faq.getBySlug("account-inactive-closed");
    if (!entry) throw new Error("starter pack missing account-inactive-closed");
    harness.faq.edit(
      entry.slug,
      { aliases: [...entry.aliases.slice(0, 7), question] },
      { reason: "taught from the unanswered list" },
      moderator,
      now,
    );
    expect(ask(question)).toMatchObject({ kind: "thread_reply", faq: { slug: "account-inactive-closed" } });
  });
});
