import { describe, expect, it } from "vitest";
import {
  decodeSlackEntities,
  slackMessageToMarkup,
  slashCommandText,
} from "../../../src/adapters/slack/slack-text.js";

describe("Slack text", () => {
  it("decodes the three entities Slack escapes, &amp; last", () => {
    expect(decodeSlackEntities("Fees &amp; taxes &lt;5%&gt; &amp;lt;")).toBe("Fees & taxes <5%> &lt;");
  });

  it.each([
    ['question:"Fees &amp; taxes?"', 'question:"Fees & taxes?"'],
    ["sources:<https://support.example.org/a>", "sources:https://support.example.org/a"],
    ["see <http://x.org|x.org>", "see x.org"],
    [
      "auto_answer_channels:<#C123|general>,<#C456|help>",
      "auto_answer_channels:<#C123|general>,<#C456|help>",
    ],
    ["moderator_users:<@U123|ana>", "moderator_users:<@U123|ana>"],
  ])("slash command text %j → %j", (text, expected) => {
    expect(slashCommandText(text)).toBe(expected);
  });

  it.each([
    [
      "Read <https://support.example.org/a|the help page> first",
      "Read [the help page](https://support.example.org/a) first",
    ],
    ["<https://support.example.org/a>", "https://support.example.org/a"],
    ["ask <@U123|ana> in <#C9|help>", "ask @ana in #help"],
    ["<@U123> and <!here> and <!channel>", "@U123 and @here and @channel"],
    ["It is *not* hourly &amp; fixed", "It is **not** hourly & fixed"],
    ["2 * 3 * 4", "2 * 3 * 4"],
  ])("captured message %j → %j", (text, expected) => {
    expect(slackMessageToMarkup(text)).toBe(expected);
  });
});
