import { describe, expect, it } from "vitest";
import { renderPlainText, renderReplyBlocks } from "../../../src/adapters/slack/render-reply-blocks.js";
import { message, problem } from "../../../src/core/reply.js";

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
});
