import { describe, expect, it } from "vitest";
import {
  checkThreadGate,
  decideThreadReply,
  type ThreadReplyDecisionInput,
} from "../../../src/core/faq/decide-thread-reply.js";

const base: ThreadReplyDecisionInput = {
  message: {
    authorIsBot: false,
    isThreadStart: true,
    mentionsBot: false,
    channelId: "f",
    channelKind: "forum",
  },
  settings: { autoAnswerChannels: "forums", confidenceThreshold: 0.7 },
  readsAsQuestion: true,
  best: { slug: "entry", confidence: 0.9, standaloneConfidence: 0.9, margin: 0.2 },
};

function withMessage(patch: Partial<ThreadReplyDecisionInput["message"]>): ThreadReplyDecisionInput {
  return { ...base, message: { ...base.message, ...patch } };
}

describe("decideThreadReply", () => {
  it.each<[string, ThreadReplyDecisionInput, string]>([
    ["confident opening post in a forum", base, "answer"],
    ["bot author", withMessage({ authorIsBot: true }), "bot-author"],
    ["reply in a thread, no mention", withMessage({ isThreadStart: false }), "not-addressed"],
    ["opening post in a text channel", withMessage({ channelKind: "text" }), "channel-off"],
    [
      "mention in a text channel",
      withMessage({ channelKind: "text", isThreadStart: false, mentionsBot: true }),
      "answer",
    ],
    ["not a question", { ...base, readsAsQuestion: false }, "not-a-question"],
    ["a language the FAQ has no entry in", { ...base, languageReadable: false }, "language"],
    [
      "unreadable language and no English question form",
      { ...base, languageReadable: false, readsAsQuestion: false },
      "language",
    ],
    [
      "unreadable language in a reply nobody addressed to the bot",
      { ...withMessage({ isThreadStart: false }), languageReadable: false },
      "not-addressed",
    ],
    ["no match at all", { ...base, best: null }, "low-confidence"],
    [
      "below the threshold",
      { ...base, best: { slug: "e", confidence: 0.5, standaloneConfidence: 0.55, margin: 0.2 } },
      "low-confidence",
    ],
    [
      "close runner-up",
      { ...base, best: { slug: "e", confidence: 0.6, standaloneConfidence: 0.9, margin: 0.01 } },
      "ambiguous",
    ],
    [
      "confident but no margin at all",
      { ...base, best: { slug: "e", confidence: 0.8, standaloneConfidence: 0.95, margin: 0 } },
      "ambiguous",
    ],
    [
      "listed channel",
      {
        ...withMessage({ channelKind: "text", channelId: "help" }),
        settings: { ...base.settings, autoAnswerChannels: ["help"] },
      },
      "answer",
    ],
  ])("%s -> %s", (_name, input, expected) => {
    const decision = decideThreadReply(input);
    expect(decision.kind === "answer" ? "answer" : decision.reason).toBe(expected);
  });

  it("only an unprompted answer is subject to the cooldown", () => {
    expect(decideThreadReply(base)).toMatchObject({ autoAnswer: true });
    expect(decideThreadReply(withMessage({ mentionsBot: true }))).toMatchObject({ autoAnswer: false });
  });
});

describe("checkThreadGate", () => {
  const now = new Date("2026-11-26T12:00:00Z");
  const gate = {
    answeredMessageId: null,
    messageId: "m1",
    lastChannelAnswerAt: null,
    cooldownSeconds: 60,
    autoAnswer: true,
    now,
  };

  it.each<[string, Parameters<typeof checkThreadGate>[0], string]>([
    ["fresh thread", gate, "open"],
    ["same message again", { ...gate, answeredMessageId: "m1" }, "duplicate-delivery"],
    ["another message in an answered thread", { ...gate, answeredMessageId: "m0" }, "already-answered"],
    ["inside the cooldown", { ...gate, lastChannelAnswerAt: new Date(now.getTime() - 30_000) }, "cooldown"],
    ["after the cooldown", { ...gate, lastChannelAnswerAt: new Date(now.getTime() - 60_000) }, "open"],
    ["mention inside the cooldown", { ...gate, autoAnswer: false, lastChannelAnswerAt: now }, "open"],
  ])("%s -> %s", (_name, input, expected) => {
    const verdict = checkThreadGate(input);
    expect(verdict.kind === "closed" ? verdict.reason : verdict.kind).toBe(expected);
  });
});
