import { describe, expect, it } from "vitest";
import { entryLanguage } from "../../../src/core/faq/entry-profile.js";
import { gateByLanguage } from "../../../src/core/faq/language-gate.js";
import { profileEntry } from "../../../src/core/faq/rank-candidates.js";

const english = profileEntry({
  slug: "jss-calculation",
  question: "How is the Job Success Score calculated?",
  aliases: ["what goes into my JSS"],
  tags: [],
  answer: "Outcomes of your contracts over 24 months.",
});
const russian = profileEntry({
  slug: "jss-calculation-ru",
  question: "Как считается Job Success Score?",
  aliases: ["из чего складывается мой JSS"],
  tags: [],
  answer: "Из результатов контрактов за 24 месяца.",
});

describe("gateByLanguage", () => {
  it("matches English (and undetermined) text against every candidate", () => {
    expect(gateByLanguage("en", [english, russian])).toEqual({
      language: "en",
      readable: true,
      keep: [0, 1],
    });
    expect(gateByLanguage("und", [english]).readable).toBe(true);
  });

  it("cannot read a language no candidate is written in", () => {
    expect(gateByLanguage("ru", [english])).toEqual({ language: "ru", readable: false, keep: [] });
  });

  it("matches a message only against the entries in its own language when there are some", () => {
    expect(entryLanguage(russian)).toBe("ru");
    expect(gateByLanguage("ru", [english, russian])).toEqual({ language: "ru", readable: true, keep: [1] });
  });
});
