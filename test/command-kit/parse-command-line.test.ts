import { describe, expect, it } from "vitest";
import { parseCommandLine, parseOptions } from "../../src/command-kit/parse-command-line.js";

describe("parseCommandLine", () => {
  it.each([
    ["/help", ["help"], ""],
    ["  /HELP  ", ["help"], ""],
    ["/faq add question:x", ["faq", "add"], "question:x"],
    ["/eligibility jss:95", ["eligibility"], "jss:95"],
    ["/ask how long is the badge delay", ["ask", "how"], "long is the badge delay"],
    ["/", [], ""],
    ["/ 123", [], "123"],
    ["/💥 boom", [], "💥 boom"],
  ])("%j -> words %j, rest %j", (line, words, rest) => {
    expect(parseCommandLine(line)).toEqual({ words, rest });
  });

  it("is not a command without a leading slash", () => {
    expect(parseCommandLine("help me")).toBeUndefined();
    expect(parseCommandLine("")).toBeUndefined();
  });
});

const known = ["jss", "weeks", "earnings", "question", "answer", "exclusive"];

describe("parseOptions", () => {
  it.each<[string, string | undefined, Record<string, string>]>([
    ["jss:95 weeks:16", undefined, { jss: "95", weeks: "16" }],
    ["jss=95 weeks=16", undefined, { jss: "95", weeks: "16" }],
    ['question:"how long does it take"', undefined, { question: "how long does it take" }],
    ["question:\u201Chow long does it take\u201D", undefined, { question: "how long does it take" }],
    ["question:\u201Ehow long\u201C jss:1", undefined, { question: "how long", jss: "1" }],
    ["JSS:95", undefined, { jss: "95" }],
    ['question:"" jss:1', undefined, { question: "", jss: "1" }],
    ["", undefined, {}],
    ["   ", undefined, {}],
    // The rest option swallows the rest of the line, colons and all.
    [
      "answer: it is 10%: see https://x.example/a:b jss:5",
      "answer",
      { answer: "it is 10%: see https://x.example/a:b jss:5" },
    ],
    [
      "jss:5 how long until my badge shows",
      "question",
      { jss: "5", question: "how long until my badge shows" },
    ],
    ['"how long until my badge shows"', "question", { question: "how long until my badge shows" }],
    ["Note: this is free text", "question", { question: "Note: this is free text" }],
    ["exclusive:yes", undefined, { exclusive: "yes" }],
    ["question:x more text", "question", { question: "x more text" }],
  ])("%j (rest %s)", (text, rest, values) => {
    expect(parseOptions(text, known, rest)).toEqual({ ok: true, values });
  });

  it.each<[string, string | undefined, string, string]>([
    ["jss:1 jss:2", undefined, "repeated", "jss"],
    ['question:"never closed', undefined, "unclosed-quote", "question"],
    ["jss: weeks:3", undefined, "empty-value", "jss"],
    ["jss:", undefined, "empty-value", "jss"],
    ["jsss:95", undefined, "unknown-option", "jsss"],
    ["free words here", undefined, "unexpected-text", ""],
    ["answer:", "answer", "empty-value", "answer"],
  ])("%j is refused as %s", (text, rest, reason, option) => {
    const result = parseOptions(text, known, rest);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.option).toBe(option);
    }
  });

  it("handles a 10 kB line in linear time without throwing", () => {
    const long = `question:"${"a".repeat(10_000)}" jss:1`;
    const started = performance.now();
    const result = parseOptions(long, known, undefined);
    expect(result).toEqual({ ok: true, values: { question: "a".repeat(10_000), jss: "1" } });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("keeps unicode and emoji intact", () => {
    expect(parseOptions('question:"Wie lange dauert es? 🙂 ünïcödé"', known, undefined)).toEqual({
      ok: true,
      values: { question: "Wie lange dauert es? 🙂 ünïcödé" },
    });
  });
});
