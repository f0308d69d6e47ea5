import { describe, expect, it } from "vitest";
import { analyseText } from "../../../src/core/faq/analyse-text.js";
import { normaliseText } from "../../../src/core/faq/normalise-text.js";

describe("normaliseText", () => {
  it.each([
    ["How long until the TOP RATED badge?!", "how long until the top rated badge"],
    ["<@123456789012345678> <@!42> <@&777> <#999> what about TR+", "what about tr plus"],
    ["<@U024BE7LH> <!here> <!channel> <#C024BE7LR|general> is it 10%?", "is it 10"],
    ["see https://support.upwork.com/x?y=1 and <https://a.b|label> please", "see and please"],
    ["code `npm i` and\n```\nconst x = 1;\n```\nthen", "code and then"],
    ["I earned $1,000 or 10k", "i earned 1000 or 10000"],
    ["don’t :tada: <:pepe:123> ☀️ stop", "dont stop"],
    ["@everyone @here read this", "read this"],
  ])("%j -> %j", (text, expected) => {
    expect(normaliseText(text)).toBe(expected);
  });
});

describe("analyseText with the field's synonyms", () => {
  const termsOf = (text: string) => [...analyseText(text).terms.keys()].sort();

  it.each([
    ["JSS", "job success score"],
    ["TR", "top rated"],
    ["TRP", "top rated plus"],
    ["TR+", "top rated plus"],
    ["EV", "expert vetted"],
    ["RT", "rising talent"],
    ["FP contract", "fixed price contract"],
    ["badge disappeared", "badge lost"],
  ])("%s reads like %s", (short, long) => {
    expect(termsOf(short)).toEqual(termsOf(long));
  });

  it("keeps abbreviations searchable alongside their expansion", () => {
    expect(analyseText("my JSS").searchWords).toEqual(
      expect.arrayContaining(["jss", "job", "success", "score"]),
    );
  });

  it("drops stop words and keeps nothing for chit-chat", () => {
    expect(analyseText("thanks everyone!").terms.size).toBe(0);
  });
});
