import { describe, expect, it } from "vitest";
import { markupToMrkdwn, markupToPlainText } from "../../../src/adapters/slack/markup-to-mrkdwn.js";

describe("markupToMrkdwn", () => {
  it.each([
    ["**bold** text", "*bold* text"],
    ["see [the rules](https://example.org/a?b=1&c=2)", "see <https://example.org/a?b=1&amp;c=2|the rules>"],
    ["- one\n- two", "• one\n• two"],
    ["`**not bold**` but **bold**", "`**not bold**` but *bold*"],
    ["```\n| a | **b** |\n```", "```\n| a | **b** |\n```"],
    ["<!channel> & <@U123>", "&lt;!channel&gt; &amp; &lt;@U123&gt;"],
    ["[a|b](https://x.org)", "<https://x.org|a¦b>"],
    ["[not a link](javascript:alert(1))", "[not a link](javascript:alert(1))"],
    ["", ""],
  ])("%j → %j", (markup, expected) => {
    expect(markupToMrkdwn(markup)).toBe(expected);
  });
});

describe("markupToPlainText", () => {
  it.each([
    ["**bold** and [link](https://x.org)", "bold and link (https://x.org)"],
    ["- item", "• item"],
    ["use `code`", "use code"],
  ])("%j → %j", (markup, expected) => {
    expect(markupToPlainText(markup)).toBe(expected);
  });
});
