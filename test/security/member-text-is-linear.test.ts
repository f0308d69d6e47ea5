import { describe, expect, it } from "vitest";
import { markupToMrkdwn, markupToPlainText } from "../../src/adapters/slack/markup-to-mrkdwn.js";
import { slackMessageToMarkup, slashCommandText } from "../../src/adapters/slack/slack-text.js";
import { markupToPlainText as replyMarkupToPlainText } from "../../src/command-kit/reply-text.js";
import { isQuestion } from "../../src/core/faq/is-question.js";
import { normaliseText } from "../../src/core/faq/normalise-text.js";
import { caseBudgetMs, fastestCpuMs } from "../fuzz/case-clock.js";

/**
 * MUST NEVER HAPPEN: a member's message blocks the process. Issue 15 measured 20,000 repetitions of
 * "<!" at 1.0 s in isQuestion, because a pattern rescanned the rest of the text from every "<".
 * Each case here is a member-sized message (Slack allows 40,000 characters) of the repetition that
 * made one pattern quadratic; every one must finish inside the fuzz run's per-case budget.
 */
const slackMax = 40_000;
const repeated = (unit: string) => unit.repeat(Math.ceil(slackMax / unit.length)).slice(0, slackMax);

const cases: [string, string, (text: string) => unknown][] = [
  ["isQuestion", "<!", isQuestion],
  ["normaliseText", "<@U|", normaliseText],
  ["normaliseText", "<http:", normaliseText],
  ["slashCommandText", "<http://x|", slashCommandText],
  ["slashCommandText", "<http:", slashCommandText],
  ["slackMessageToMarkup", "<@U|", slackMessageToMarkup],
  ["slackMessageToMarkup", "<#C|", slackMessageToMarkup],
  ["slackMessageToMarkup", "<!", slackMessageToMarkup],
  ["markupToMrkdwn", "[", markupToMrkdwn],
  ["markupToMrkdwn", "{`", markupToMrkdwn],
  ["markupToPlainText (Slack)", "[a](https://x", markupToPlainText],
  ["markupToPlainText (console)", "[", replyMarkupToPlainText],
];

describe("member text is read in linear time", () => {
  it.each(cases)("%s on 40,000 characters of %j", (_name, unit, read) => {
    const text = repeated(unit);
    // CPU time, fastest of three: the cost of the reading itself, whatever else the machine runs.
    expect(fastestCpuMs(() => read(text))).toBeLessThan(caseBudgetMs);
  });
});
