import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { rankAutocompleteChoices } from "../../src/adapters/discord/rank-autocomplete-choices.js";
import { closestName } from "../../src/command-kit/did-you-mean.js";
import { isQuestion } from "../../src/core/faq/is-question.js";
import { CaseClock, describeText } from "./case-clock.js";
import { chatText, fuzzContext, fuzzParameters, fuzzServices, fuzzTimeoutMs } from "./fuzz-support.js";

const { database, services } = await fuzzServices();
afterAll(() => database.close());
const slugs = await services.faq.entries.allSlugs();
const clock = new CaseClock("member text outside commands (Save as FAQ, autocomplete, did-you-mean)");

/**
 * The entry points where a member's text reaches the bot other than a command line or a thread
 * message: a message saved as an FAQ suggestion, what is typed into an autocompleted option, and a
 * slug looked up for "did you mean". Each must stay within the per-case budget at any length.
 */
describe("fuzz: member text outside commands", () => {
  it(
    "files any thread answer as a suggestion (Save as FAQ) without failing",
    async () => {
      let counter = 0;
      await fc.assert(
        fc.asyncProperty(chatText(300), chatText(300), async (question, answer) => {
          counter += 1;
          const capture = {
            channelId: "fuzz-forum",
            threadId: `thread-${counter}`,
            openingQuestion: question,
            answerText: answer,
            answerMessageLink: `https://discord.com/channels/1/2/${counter}`,
            answerAuthorId: "author-1",
          };
          const actor = fuzzContext(services, false).actor;
          const result = await clock.measure(describeText(answer), question.length + answer.length, () =>
            services.faq.suggestions.saveThreadAnswerAsSuggestion(capture, actor, new Date()),
          );
          // An empty capture is the one refusal; anything else is filed.
          if (!result.ok) expect(result.code).toBeTypeOf("string");
          // Chat classification runs on the same text when it is a thread's opening post.
          clock.measureSync(describeText(question), question.length, () => isQuestion(question));
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeoutMs(3),
  );

  it(
    "ranks autocomplete choices and finds a did-you-mean for anything typed",
    () => {
      fc.assert(
        fc.property(chatText(100), (typed) => {
          const ranked = clock.measureSync(describeText(typed), typed.length, () =>
            rankAutocompleteChoices(slugs, typed),
          );
          expect(ranked.length).toBeLessThanOrEqual(25);
          const suggestion = clock.measureSync(describeText(typed), typed.length, () =>
            closestName(typed, slugs),
          );
          if (suggestion !== undefined) expect(slugs).toContain(suggestion);
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeoutMs(1),
  );
});
