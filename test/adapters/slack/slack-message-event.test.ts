import { describe, expect, it } from "vitest";
import { toIncomingThreadMessage } from "../../../src/adapters/slack/slack-message-event.js";

const where = { teamId: "T1", botUserId: "UBOT" };
const base = { type: "message", channel: "C1", user: "U1", text: "How do I get Top Rated?", ts: "10.0001" };

describe("toIncomingThreadMessage", () => {
  it("treats a top-level message as the start of its own thread", () => {
    expect(toIncomingThreadMessage(base, where)).toMatchObject({
      platform: "slack",
      spaceId: "T1",
      channelId: "C1",
      channelKind: "text",
      threadId: "10.0001",
      messageId: "10.0001",
      isThreadStart: true,
      mentionsBot: false,
      authorIsBot: false,
    });
  });

  it.each([
    ["a reply in a thread", { thread_ts: "9.0001" }, { threadId: "9.0001", isThreadStart: false }],
    [
      "a thread parent echoed with its own thread_ts",
      { thread_ts: "10.0001" },
      { threadId: "10.0001", isThreadStart: true },
    ],
    ["a message mentioning the bot", { text: "<@UBOT> how?" }, { mentionsBot: true }],
    ["an app_mention", { type: "app_mention" }, { mentionsBot: true }],
  ])("reads %s", (_name, patch, expected) => {
    expect(toIncomingThreadMessage({ ...base, ...patch }, where)).toMatchObject(expected);
  });

  it.each([
    ["an edit", { subtype: "message_changed" }],
    ["a join", { subtype: "channel_join" }],
    ["a deletion", { subtype: "message_deleted" }],
    ["another bot", { bot_id: "B2" }],
    ["the bot itself", { user: "UBOT" }],
    ["a message without a user", { user: undefined }],
  ])("ignores %s", (_name, patch) => {
    expect(toIncomingThreadMessage({ ...base, ...patch }, where)).toBeNull();
  });
});
