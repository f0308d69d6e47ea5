import { describe, expect, it } from "vitest";
import { renderReply } from "../../../src/adapters/discord/render-reply.js";
import { renderThreadReply } from "../../../src/core/faq/render-thread-reply.js";
import { withoutAskerMention } from "../../../src/core/faq/thread-reply-types.js";
import { message, problem, type ReplyAction } from "../../../src/core/reply.js";
import { hostileEntry, liveDiscordMention } from "../../fixtures/hostile-faq-text.js";

describe("renderReply", () => {
  it("renders title, body, fields, sources and footer as one embed, pinging only the named user", () => {
    const payload = renderReply(
      message({
        title: "Top Rated",
        body: "**Yes**: you meet it.\n- JSS `95`",
        fields: [{ name: "JSS", value: "95%", inline: true }],
        sources: ["https://support.upwork.com/a", "https://support.upwork.com/b"],
        footer: "Ruleset 2024-current",
        data: {},
      }),
      { mentionUserIds: ["42"] },
    );
    expect(payload.flags).toBeUndefined();
    expect(payload.allowedMentions).toEqual({ parse: [], users: ["42"], repliedUser: false });
    expect(payload.embeds).toEqual([
      {
        color: expect.any(Number),
        title: "Top Rated",
        description: "**Yes**: you meet it.\n- JSS `95`",
        fields: [
          { name: "JSS", value: "95%", inline: true },
          { name: "Sources", value: "- https://support.upwork.com/a\n- https://support.upwork.com/b" },
        ],
        footer: { text: "Ruleset 2024-current" },
      },
    ]);
  });

  it.each([
    ["private message", message({ body: "x", visibility: "private", data: {} }), 64],
    ["public message", message({ body: "x", data: {} }), undefined],
    ["problem", problem("invalid-input", "bad"), 64],
  ])("%s → flags %s", (_label, reply, flags) => {
    expect(renderReply(reply, { mentionUserIds: [] }).flags).toBe(flags);
  });

  it("cuts text to Discord's embed limits", () => {
    const payload = renderReply(
      message({
        title: "t".repeat(300),
        body: "b".repeat(5000),
        fields: Array.from({ length: 30 }, (_, index) => ({ name: `f${index}`, value: "v".repeat(2000) })),
        footer: "f".repeat(3000),
        data: {},
      }),
      { mentionUserIds: [] },
    );
    const [embed] = payload.embeds;
    expect(embed?.title).toHaveLength(256);
    expect(embed?.description).toHaveLength(4096);
    expect(embed?.fields).toHaveLength(25);
    expect(embed?.fields?.[0]?.value).toHaveLength(1024);
    expect(embed?.footer?.text).toHaveLength(2048);
  });

  it("puts at most five buttons in a row and keeps their ids", () => {
    const actions: ReplyAction[] = Array.from({ length: 7 }, (_, index) => ({
      id: `thread:helpful:${index}`,
      label: `Button ${index}`,
      style: index % 2 === 0 ? "primary" : "danger",
    }));
    const payload = renderReply(message({ body: "x", actions, data: {} }), { mentionUserIds: [] });
    expect(payload.components.map((row) => row.components.length)).toEqual([5, 2]);
    expect(payload.components[0]?.components[0]).toEqual({
      type: 2,
      custom_id: "thread:helpful:0",
      label: "Button 0",
      style: 1,
    });
    expect(payload.components[0]?.components[1]).toMatchObject({ style: 4 });
  });

  it("gives each suggestion in the queue its own row of Approve / Edit / Reject", () => {
    const actions: ReplyAction[] = [3, 4].flatMap((id) => [
      { id: `faq:approve:${id}`, label: `Approve #${id}`, style: "success" as const },
      { id: `faq:edit:${id}`, label: `Edit #${id}`, style: "secondary" as const },
      { id: `faq:reject:${id}`, label: `Reject #${id}`, style: "danger" as const },
    ]);
    const payload = renderReply(message({ body: "x", actions, data: {} }), { mentionUserIds: [] });
    expect(
      payload.components.map((row) =>
        row.components.map((button) => ("custom_id" in button ? button.custom_id : "")),
      ),
    ).toEqual([
      ["faq:approve:3", "faq:edit:3", "faq:reject:3"],
      ["faq:approve:4", "faq:edit:4", "faq:reject:4"],
    ]);
  });

  it("keeps an embed valid when the body is empty", () => {
    const [embed] = renderReply(message({ body: "", data: {} }), { mentionUserIds: [] }).embeds;
    expect(embed?.description).toBe("\u200b");
  });

  // Issue 15: mention neutralising moved from the commands (which rewrote "@everyone <@&123>" as
  // "everyone a role") to this renderer, which escapes every text and shows it as typed.
  describe("escaping", () => {
    const zeroWidthSpace = "\u200b";
    const hostile = message({
      title: hostileEntry.question,
      body: hostileEntry.answer,
      fields: [{ name: "@here", value: "<@!456> <@&789>" }],
      footer: "by @everyone",
      sources: ["https://x.example/a><@&123>"],
      actions: [{ id: "x:y", label: "@everyone", style: "primary" }],
      data: {},
    });

    it("leaves no live mention in any text of the embed", () => {
      const payload = renderReply(hostile, { mentionUserIds: [] });
      const texts = JSON.stringify(payload.embeds);
      expect(texts).not.toMatch(liveDiscordMention);
      expect(payload.allowedMentions).toEqual({ parse: [], users: [], repliedUser: false });
    });

    it("shows the text as typed: only zero-width spaces are added", () => {
      const [embed] = renderReply(hostile, { mentionUserIds: [] }).embeds;
      expect(embed?.description?.split(zeroWidthSpace).join("")).toBe(hostileEntry.answer);
      expect(embed?.title?.split(zeroWidthSpace).join("")).toBe(hostileEntry.question);
      // Channel links, Slack syntax and emoji ping nobody on Discord and stay as they are.
      expect(
        renderReply(message({ body: "see <#123> :tada: <t:1700000000>", data: {} }), { mentionUserIds: [] })
          .embeds[0]?.description,
      ).toBe("see <#123> :tada: <t:1700000000>");
    });

    it("mentions the asker of a thread answer in the message text only, escaping the FAQ's own {asker}", () => {
      const reply = renderThreadReply({
        replyId: "r1",
        today: "2026-11-26",
        entry: hostileEntry,
        confidence: 0.9,
        shadow: false,
        asker: { id: "42", name: "@everyone" },
        question: { channelId: "c", threadId: "t", messageId: "m" },
      });
      const payload = renderReply(
        { ...reply, body: withoutAskerMention(reply.body).body },
        { mentionUserIds: ["42"], content: "<@42>" },
      );
      expect(payload.content).toBe("<@42>");
      expect(payload.allowedMentions.users).toEqual(["42"]);
      expect(JSON.stringify(payload.embeds)).not.toMatch(liveDiscordMention);
      expect(payload.embeds[0]?.description).toContain("{asker}");
    });
  });
});
