import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { IncomingThreadMessage } from "../../src/core/faq/thread-reply-types.js";
import { fuzzParameters, fuzzServices, fuzzTimeoutMs, hostileText } from "./fuzz-support.js";

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
  hostileText(300),
  fc
    .tuple(fc.constantFrom(...evalQuestions), fc.constantFrom("", " @everyone", " <@&456>", " 💥", "\u202e"))
    .map(([question, noise]) => `${question}${noise}`),
  fc.array(fc.oneof(faqWords, hostileText(8)), { maxLength: 40 }).map((words) => words.join(" ")),
  fc.constantFrom("", " ", "?", "\u0000?", "x".repeat(20_000), "why? ".repeat(2_000)),
);

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

describe("fuzz: the thread-reply path", () => {
  it(
    "never throws on any message, and an answer never pings anyone but the asker",
    async () => {
      let minute = 0;
      let answered = 0;
      await fc.assert(
        fc.asyncProperty(message, async (incoming) => {
          minute += 1;
          const outcome = await bot.threadReplies.handle(
            incoming,
            new Date(Date.UTC(2026, 10, 1) + minute * 3_600_000),
          );
          if (outcome.kind === "silent") return;
          expect(outcome.kind).toBe("thread_reply");
          answered += 1;
          const text = [outcome.reply.title ?? "", outcome.reply.body, outcome.reply.footer ?? ""].join("\n");
          expect(text).not.toMatch(/@everyone|@here|<@[!&]?\d+>|<!(channel|here|everyone)>/);
        }),
        fuzzParameters(),
      );
      // The generator mixes in the FAQ's own words, so some messages must have been answered.
      expect(answered).toBeGreaterThan(0);
    },
    fuzzTimeoutMs(3),
  );
});
