import { describe, expect, it } from "vitest";
import { renderThreadAnswer } from "../../../src/adapters/slack/register-thread-replies.js";
import {
  renderPlainText,
  renderReplyBlocks,
  renderSlackMessage,
} from "../../../src/adapters/slack/render-reply-blocks.js";
import { renderThreadReply } from "../../../src/core/faq/render-thread-reply.js";
import { message, problem } from "../../../src/core/reply.js";
import { hostileEntry, liveSlackMention } from "../../fixtures/hostile-faq-text.js";

describe("renderReplyBlocks", () => {
  it("renders header, body, fields, context footer with sources, and buttons with the reply's action ids", () => {
    const reply = message({
      title: "Top Rated",
      body: "You **qualify**.",
      fields: [{ name: "JSS", value: "95%" }],
      footer: "Ruleset 2025-01",
      sources: ["https://support.example.org/articles/1"],
      actions: [
        { id: "share:abc", label: "Share", style: "primary" },
        { id: "thread:dismiss:r1", label: "Dismiss", style: "danger" },
        { id: "x:y", label: "Other", style: "secondary" },
      ],
      data: {},
    });
    const blocks = renderReplyBlocks(reply);
    expect(blocks.map((block) => block.type)).toEqual(["header", "section", "section", "context", "actions"]);
    expect(blocks[1]).toMatchObject({ text: { type: "mrkdwn", text: "You *qualify*." } });
    expect(blocks[2]).toMatchObject({ fields: [{ type: "mrkdwn", text: "*JSS*\n95%" }] });
    expect(blocks[3]).toMatchObject({
      elements: [
        { type: "mrkdwn", text: "Ruleset 2025-01" },
        { type: "mrkdwn", text: "<https://support.example.org/articles/1|support.example.org/articles/1>" },
      ],
    });
    expect(blocks[4]).toMatchObject({
      elements: [
        { action_id: "share:abc", style: "primary" },
        { action_id: "thread:dismiss:r1", style: "danger" },
        { action_id: "x:y" },
      ],
    });
    expect((blocks[4] as { elements: Array<{ style?: string }> }).elements[2]?.style).toBeUndefined();
  });

  it("keeps within Block Kit limits: long bodies split into sections of at most 3000 characters", () => {
    const line = "x".repeat(100);
    const reply = message({ body: Array.from({ length: 100 }, () => line).join("\n"), data: {} });
    const sections = renderReplyBlocks(reply).filter((block) => block.type === "section");
    expect(sections.length).toBeGreaterThan(3);
    for (const section of sections)
      expect((section as { text: { text: string } }).text.text.length).toBeLessThanOrEqual(3000);
  });

  it("gives problems a header and a plain-text fallback", () => {
    const reply = problem("invalid-input", "`hours` must be a number.");
    expect(renderReplyBlocks(reply)[0]?.type).toBe("header");
    expect(renderPlainText(reply)).toContain("hours must be a number.");
  });

  // Issue 15: the fallback text, titles, tags and sources reached Slack unescaped, so an entry's
  // `<!here>` (or a tag, or a source ending in `><!channel>`) posted a broadcast.
  describe("escaping", () => {
    const hostile = message({
      title: "FAQ entries tagged <!here>",
      body: hostileEntry.answer,
      fields: [{ name: "<!channel>", value: "@here <@U1>" }],
      footer: "by <!everyone>",
      sources: [
        "https://x.example/a><!channel>",
        "https://x.example/a|<!here>",
        "https://ok.example/a?b=1&c=2",
      ],
      actions: [{ id: "x:y", label: "<!here>", style: "primary" }],
      data: {},
    });

    it("leaves no live mention in the blocks or the fallback text", () => {
      const rendered = renderSlackMessage(hostile);
      expect(rendered.text).not.toMatch(liveSlackMention);
      expect(JSON.stringify(rendered.blocks)).not.toMatch(liveSlackMention);
    });

    it("links plain https sources only; any other source is shown as text", () => {
      const context = renderReplyBlocks(hostile).find((block) => block.type === "context") as {
        elements: { text: string }[];
      };
      expect(context.elements.map((element) => element.text)).toEqual([
        "by &lt;!everyone&gt;",
        "https://x.example/a&gt;&lt;!channel&gt;",
        "https://x.example/a|&lt;!here&gt;",
        "<https://ok.example/a?b=1&amp;c=2|ok.example/a>",
      ]);
    });

    it("escapes the fallback text as Slack's mrkdwn (it notifies from it)", () => {
      expect(renderPlainText(hostile).split("\n")[0]).toBe("FAQ entries tagged &lt;!here&gt;");
    });

    it("mentions a thread's asker once, at the start, and escapes the FAQ's own {asker} and mentions", () => {
      const reply = renderThreadReply({
        replyId: "r1",
        today: "2026-11-26",
        entry: hostileEntry,
        confidence: 0.9,
        shadow: false,
        asker: { id: "UASKER", name: "@everyone" },
        question: { channelId: "C1", threadId: "1.2", messageId: "1.2" },
      });
      const rendered = renderThreadAnswer(reply, "UASKER");
      const sections = rendered.blocks.filter((block) => block.type === "section") as {
        text: { text: string };
      }[];
      expect(sections[0]?.text.text.startsWith("<@UASKER> Hey @\u200beveryone")).toBe(true);
      const everything = `${rendered.text}${JSON.stringify(rendered.blocks)}`;
      expect(everything.match(/<@UASKER>/g)).toHaveLength(2);
      expect(everything.split("<@UASKER>").join("")).not.toMatch(liveSlackMention);
      expect(sections[0]?.text.text).toContain("{asker}");
    });

    it("in shadow mode mentions nobody, whatever the asker's name", () => {
      const reply = renderThreadReply({
        replyId: "r2",
        today: "2026-11-26",
        entry: hostileEntry,
        confidence: 0.9,
        shadow: true,
        asker: { id: "UASKER", name: "<!channel>" },
        question: { channelId: "C1", threadId: "1.2", messageId: "1.2" },
      });
      const rendered = renderThreadAnswer(reply, null);
      expect(`${rendered.text}${JSON.stringify(rendered.blocks)}`).not.toMatch(liveSlackMention);
    });
  });
});
