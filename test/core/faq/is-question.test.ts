import { describe, expect, it } from "vitest";
import { isQuestion } from "../../../src/core/faq/is-question.js";

describe("isQuestion", () => {
  it.each([
    ["How long does it take for the Top Rated badge to appear once I qualify?", true],
    ["how do I get top rated", true],
    ["does a refund hurt my JSS", true],
    ["hi all, quick question: can I split a contract", true],
    ["anyone know if the conversion fee is 12%", true],
    ["if I refund the client will my JSS drop", true],
    ["my weeks are stuck at 12/16, what am I missing", true],
    ["wondering whether TRP needs one big contract", true],
    ["the weeks counter on my TR progress isnt moving even though my score is fine", true],
    ["my JSS just disappeared from my profile", true],
    ["client asked why they got charged a fee", true],
    ["my badge finally showed up, so happy", false],
    ["lol same here", false],
    ["thanks everyone!", false],
    ["just got my first client!!! 🎉", false],
    ["see https://example.com/?q=1 for my latest work", false],
    ["```is this code?```", false],
    ["how", false],
  ])("%j -> %s", (text, expected) => {
    expect(isQuestion(text)).toBe(expected);
  });
});
