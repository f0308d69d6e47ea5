import { describe, expect, it } from "vitest";
import { normaliseText } from "../../../src/core/faq/normalise-text.js";
import { asksQuantityOutright, questionIntents } from "../../../src/core/faq/question-intent.js";

describe("questionIntents", () => {
  it.each([
    ["How long until the badge shows up?", "duration"],
    ["how much is the conversion fee", "amount"],
    ["why did my JSS drop", "reason"],
    ["can a client ask me to be exclusive", "permission"],
    ["how do I get Top Rated", "procedure"],
    ["what does exclusive mean for agencies", "definition"],
    ["will a refund hurt my score", "consequence"],
    ["is freelancer plus worth it", "advice"],
    ["what are the requirements for Top Rated", "requirement"],
    ["what are the perks of Top Rated", "benefit"],
    ["what's the best time tracker for clients?", "pick"],
    ["which app do you use for invoices", "pick"],
  ])("%j asks for %s", (text, intent) => {
    expect([...questionIntents(normaliseText(text))]).toContain(intent);
  });

  it("does not read a how-to as a product pick", () => {
    for (const text of ["what's the best way to get Top Rated", "what is the best time to send proposals"])
      expect(questionIntents(normaliseText(text)).has("pick"), text).toBe(false);
  });

  it("tells an outright request for a figure from a bare 'when'", () => {
    expect(asksQuantityOutright(normaliseText("How long until the badge shows up?"))).toBe(true);
    expect(asksQuantityOutright(normaliseText("how many connects does a proposal cost"))).toBe(true);
    expect(asksQuantityOutright(normaliseText("what happens when a contract ends"))).toBe(false);
  });

  it("finds no intent in chat", () => {
    expect(questionIntents(normaliseText("lol same here")).size).toBe(0);
  });
});
