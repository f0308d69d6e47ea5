import { describe, expect, it } from "vitest";
import { renderThreadReply } from "../../../src/core/faq/render-thread-reply.js";
import { withoutAskerMention } from "../../../src/core/faq/thread-reply-types.js";
import { hostileEntry } from "../../fixtures/hostile-faq-text.js";

describe("renderThreadReply", () => {
  const input = {
    replyId: "r1",
    entry: hostileEntry,
    confidence: 0.83,
    shadow: false,
    asker: { id: "asker-1", name: "@everyone" },
    question: { channelId: "c", threadId: "t", messageId: "m" },
    today: "2026-11-26",
  };

  // Issue 15: the FAQ's text is kept as the moderator typed it; the adapters escape it when they
  // render (test/adapters/*/render-*.test.ts check that nothing in it pings anyone).
  it("opens with the asker placeholder, then the FAQ text exactly as typed", () => {
    const reply = renderThreadReply(input);
    expect(reply.body).toBe(`{asker} ${hostileEntry.answer}`);
    expect(reply.title).toBe(hostileEntry.question);
    expect(withoutAskerMention(reply.body)).toEqual({ mentionsAsker: true, body: hostileEntry.answer });
    expect(reply.data.askerId).toBe("asker-1");
  });

  it("shows sources, when the entry last changed, its review date, and the match (not a certainty)", () => {
    const reply = renderThreadReply(input);
    expect(reply.sources).toEqual(["https://support.upwork.com/x"]);
    expect(reply.footer).toContain("Last changed 2026-10-02 · review due 2027-01-01");
    expect(reply.footer).toContain("match 83%");
    expect(reply.footer).not.toMatch(/As of|confidence/);
    expect(reply.body).not.toContain("due for review");
    expect(reply.visibility).toBe("public");
  });

  it("adds a caveat when the review date has passed or a cited rule changed after the entry", () => {
    const overdue = renderThreadReply({ ...input, today: "2027-02-01" });
    expect(overdue.footer).toContain("review overdue since 2027-01-01");
    expect(overdue.body).toContain("due for review on 2027-01-01");
    const ruleChanged = renderThreadReply({
      ...input,
      entry: { ...hostileEntry, criteria: ["top_rated.jss_weeks"] },
      ruleChanges: new Map([["top_rated.jss_weeks", "2026-11-01"]]),
    });
    expect(ruleChanged.body).toContain("top_rated.jss_weeks (2026-11-01)");
  });

  it("in shadow mode mentions nobody: no leading placeholder and no asker id", () => {
    const reply = renderThreadReply({ ...input, shadow: true });
    expect(withoutAskerMention(reply.body).mentionsAsker).toBe(false);
    expect(reply.body).toContain("**@everyone**");
    expect(reply.data).toMatchObject({ askerId: null, shadow: true });
  });
});
