import { describe, expect, it } from "vitest";
import { normaliseText } from "../../../src/core/faq/normalise-text.js";
import { questionIntents } from "../../../src/core/faq/question-intent.js";

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
  ])("%j asks for %s", (text, intent) => {
    expect([...questionIntents(normaliseText(text))]).toContain(intent);
  });

  it("finds no intent in chat", () => {
    expect(questionIntents(normaliseText("lol same here")).size).toBe(0);
  });
});
