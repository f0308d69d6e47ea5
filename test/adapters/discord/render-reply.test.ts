import { describe, expect, it } from "vitest";
import { renderReply } from "../../../src/adapters/discord/render-reply.js";
import { message, problem, type ReplyAction } from "../../../src/core/reply.js";

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
});
