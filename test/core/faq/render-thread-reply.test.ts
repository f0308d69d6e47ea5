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
  };

  it("mentions the asker through the placeholder only and neutralises every other mention", () => {
    const reply = renderThreadReply(input);
    const text = `${reply.title} ${reply.body} ${reply.footer}`;
    expect(reply.body.startsWith("{asker} ")).toBe(true);
    expect(reply.body.match(/\{asker\}/g)).toHaveLength(1);
    expect(text).not.toMatch(/@everyone|@here|<@|<!/);
    expect(reply.data.askerId).toBe("asker-1");
  });

  it("shows sources and the 'as of' date", () => {
    const reply = renderThreadReply(input);
    expect(reply.sources).toEqual(["https://support.upwork.com/x"]);
    expect(reply.footer).toContain("As of 2026-10-02");
    expect(reply.visibility).toBe("public");
  });

  it("in shadow mode pings nobody, not even through the asker's name", () => {
    const reply = renderThreadReply({ ...input, shadow: true });
    expect(reply.body).not.toContain("{asker}");
    expect(reply.body).not.toMatch(/@everyone/);
    expect(reply.data).toMatchObject({ askerId: null, shadow: true });
  });
});
