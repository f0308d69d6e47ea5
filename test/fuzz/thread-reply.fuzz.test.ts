import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { renderReply } from "../../src/adapters/discord/render-reply.js";
import { renderThreadAnswer } from "../../src/adapters/slack/register-thread-replies.js";
import { toIncomingThreadMessage } from "../../src/adapters/slack/slack-message-event.js";
import { type IncomingThreadMessage, withoutAskerMention } from "../../src/core/faq/thread-reply-types.js";
import { liveDiscordMention, liveSlackMention } from "../fixtures/hostile-faq-text.js";
import { CaseClock, describeText } from "./case-clock.js";
import {
  fuzzParameters,
  fuzzServices,
  fuzzTimeoutMs,
  hostileText,
  longHostileText,
  maxMessageChars,
} from "./fuzz-support.js";

const { database, bot } = await fuzzServices();
afterAll(() => database.close());

/** Words from the FAQ's own field mixed with noise, so that some messages really match and get answered. */
const faqWords = fc.constantFrom(
  "how",
  "do",
  "I",
  "get",
  "top",
  "rated",
  "plus",
  "JSS",
  "badge",
  "disappeared",
  "fee",
  "rising",
  "talent",
  "@everyone",
  "@here",
  "<@123>",
  "<@&456>",
  "<!channel>",
  "?",
  "why",
);
const evalQuestions = (
  JSON.parse(readFileSync(new URL("../fixtures/eval-messages.json", import.meta.url), "utf8")) as {
    messages: { text: string; expected: string | null }[];
  }
).messages
  .filter((entry) => entry.expected !== null)
  .map((entry) => entry.text);

const messageText = fc.oneof(
  { weight: 1, arbitrary: longHostileText() },
  { weight: 6, arbitrary: hostileText(300) },
  fc
    .tuple(fc.constantFrom(...evalQuestions), fc.constantFrom("", " @everyone", " <@&456>", " 💥", "\u202e"))
    .map(([question, noise]) => `${question}${noise}`),
  fc.array(fc.oneof(faqWords, hostileText(8)), { maxLength: 40 }).map((words) => words.join(" ")),
  fc.constantFrom("", " ", "?", "\u0000?", "x".repeat(maxMessageChars), "why? ".repeat(8_000)),
);
const clock = new CaseClock("the thread-reply path");

let counter = 0;
const message = fc
  .record({
    platform: fc.constantFrom("console", "discord", "slack") as fc.Arbitrary<
      IncomingThreadMessage["platform"]
    >,
    channelKind: fc.constantFrom("forum", "text") as fc.Arbitrary<IncomingThreadMessage["channelKind"]>,
    authorIsBot: fc.boolean(),
    isThreadStart: fc.boolean(),
    mentionsBot: fc.boolean(),
    reuseThread: fc.boolean(),
    authorName: hostileText(20),
    text: messageText,
  })
  .map(({ reuseThread, ...fields }): IncomingThreadMessage => {
    counter += 1;
    const thread = reuseThread ? "thread-shared" : `thread-${counter}`;
    return {
      ...fields,
      spaceId: "fuzz",
      channelId: "fuzz-forum",
      threadId: thread,
      messageId: `message-${counter}`,
      authorId: `user-${counter % 7}`,
    };
  });

function fromSlackEvent(incoming: IncomingThreadMessage): IncomingThreadMessage {
  const translated = toIncomingThreadMessage(
    {
      type: incoming.mentionsBot ? "app_mention" : "message",
      channel: incoming.channelId,
      user: incoming.authorId,
      text: incoming.text,
      ts: incoming.messageId,
      ...(incoming.isThreadStart ? {} : { thread_ts: incoming.threadId }),
    },
    { teamId: incoming.spaceId, botUserId: "UBOT" },
  );
  return translated ? { ...translated, authorIsBot: incoming.authorIsBot } : incoming;
}

describe("fuzz: the thread-reply path", () => {
  it(
    "never throws on any message, and an answer never pings anyone but the asker",
    async () => {
      let minute = 0;
      let answered = 0;
      await fc.assert(
        fc.asyncProperty(message, async (incoming) => {
          minute += 1;
          const now = new Date(Date.UTC(2026, 10, 1) + minute * 3_600_000);
          // A Slack message is read the way the adapter reads it (entities decoded) before the shared path.
          const outcome = await clock.measure(describeText(incoming.text), incoming.text.length, () =>
            bot.threadReplies.handle(
              incoming.platform === "slack" ? fromSlackEvent(incoming) : incoming,
              now,
            ),
          );
          if (outcome.kind === "silent") return;
          // A "Might help" offer is posted too, so it is held to the same no-ping rule.
          expect(["thread_reply", "thread_offer"]).toContain(outcome.kind);
          answered += 1;
          // What reaches each platform: the asker is mentioned on purpose, nothing else is live.
          const asker = incoming.platform === "slack" ? "UASKER" : "42";
          const slack = renderThreadAnswer(outcome.reply, asker);
          expect(`${slack.text}${JSON.stringify(slack.blocks)}`.split(`<@${asker}>`).join("")).not.toMatch(
            liveSlackMention,
          );
          const { body } = withoutAskerMention(outcome.reply.body);
          const discord = renderReply({ ...outcome.reply, body }, { mentionUserIds: [asker] });
          expect(JSON.stringify(discord.embeds)).not.toMatch(liveDiscordMention);
        }),
        fuzzParameters(),
      );
      // The generator mixes in the FAQ's own words, so some messages must have been answered.
      expect(answered).toBeGreaterThan(0);
    },
    fuzzTimeoutMs(4),
  );
});
