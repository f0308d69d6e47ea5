import { describe, expect, it } from "vitest";
import { renderThreadReply } from "../../../src/core/faq/render-thread-reply.js";

const hostileEntry = {
  slug: "hostile",
  question: "Ping <@&123> now?",
  answer: "Hey @everyone and @here, ask <@456> or <@U024BE7LH> or <!channel> or <!subteam^S1|@team>. {asker}",
  sources: ["https://support.upwork.com/x"],
  updatedAt: "2026-10-02T10:00:00.000Z",
  reviewBy: "2027-01-01",
};

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

  it("mentions the asker through the placeholder only and neutralises every other mention", () => {
    const reply = renderThreadReply(input);
    const text = `${reply.title} ${reply.body} ${reply.footer}`;
    expect(reply.body.startsWith("{asker} ")).toBe(true);
    expect(reply.body.match(/\{asker\}/g)).toHaveLength(1);
    expect(text).not.toMatch(/@everyone|@here|<@|<!/);
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

  it("in shadow mode pings nobody, not even through the asker's name", () => {
    const reply = renderThreadReply({ ...input, shadow: true });
    expect(reply.body).not.toContain("{asker}");
    expect(reply.body).not.toMatch(/@everyone/);
    expect(reply.data).toMatchObject({ askerId: null, shadow: true });
  });
});
