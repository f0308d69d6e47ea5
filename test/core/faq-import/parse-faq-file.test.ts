import { describe, expect, it } from "vitest";
import { type FaqFileProblem, parseFaqFile } from "../../../src/core/faq/import/parse-faq-file.js";

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const entry = (overrides: Record<string, unknown> = {}) => ({
  slug: "jss-basics",
  question: "What is the JSS?",
  answer: "A score of contract outcomes.",
  ...overrides,
});

function problemsOf(input: Uint8Array): FaqFileProblem[] {
  const parsed = parseFaqFile(input);
  if (parsed.ok) throw new Error("expected the file to be rejected");
  return parsed.problems;
}

describe("parseFaqFile", () => {
  it("accepts the minimal form and fills the optional fields", () => {
    expect(parseFaqFile(bytes({ version: 1, entries: [entry()] }))).toEqual({
      ok: true,
      entries: [
        {
          slug: "jss-basics",
          question: "What is the JSS?",
          answer: "A score of contract outcomes.",
          aliases: [],
          tags: [],
          sources: [],
          criteria: [],
          owner: null,
          reviewBy: null,
        },
      ],
    });
  });

  it("trims text and lowercases tags", () => {
    const parsed = parseFaqFile(
      bytes({ version: 1, entries: [entry({ question: "  Q?  ", tags: ["JSS "] })] }),
    );
    expect(parsed.ok && parsed.entries[0]).toMatchObject({ question: "Q?", tags: ["jss"] });
  });

  it.each([
    ["a number for a question", { question: 42 }, "question", /expected string/],
    ["a string for tags", { tags: "jss" }, "tags", /expected array/],
    ["a number inside aliases", { aliases: ["ok", 7] }, "aliases", /item 2: expected string/],
    ["an uppercase slug", { slug: "JSS Basics" }, "slug", /lowercase letters/],
    ["an empty answer", { answer: "   " }, "answer", /must not be empty/],
    [
      "a 5 MB answer",
      { answer: "x".repeat(5 * 1024 * 1024) },
      "answer",
      /at most 4,000 characters \(got 5,242,880\)/,
    ],
    // Issue 15: sources are plain https links (the message said "http(s) link" before).
    ["a non-http source", { sources: ["javascript:alert(1)"] }, "sources", /plain https:\/\/ link/],
    ["a plain-http source", { sources: ["http://support.upwork.com/a"] }, "sources", /plain https/],
    [
      "a source that would end a Slack link early",
      { sources: ["https://x.example/a><!channel>"] },
      "sources",
      /without spaces, <, > or \|/,
    ],
    ["a source with a pipe", { sources: ["https://x.example/a|<!here>"] }, "sources", /plain https/],
    ["an impossible review date", { review_by: "2026-02-30" }, "review_by", /YYYY-MM-DD/],
    ["a misspelt field", { answr: "x" }, "(entry)", /unknown field.*answr/],
  ])("rejects %s, naming the entry and field", (_name, overrides, field, message) => {
    const problems = problemsOf(bytes({ version: 1, entries: [entry({ slug: "first" }), entry(overrides)] }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ entry: 2, field });
    expect(problems[0]?.message).toMatch(message);
    // The message never echoes a huge value back.
    expect(problems[0]?.message.length).toBeLessThan(300);
  });

  it("lists every problem of every entry, duplicates included, in entry order", () => {
    const problems = problemsOf(
      bytes({
        version: 1,
        entries: [
          entry(),
          entry({ question: 1, tags: "x" }),
          entry(),
          entry({ slug: "other" }),
          entry({ slug: "other" }),
        ],
      }),
    );
    expect(problems.map((problem) => [problem.entry, problem.field])).toEqual([
      [2, "question"],
      [2, "slug"],
      [2, "tags"],
      [3, "slug"],
      [5, "slug"],
    ]);
    expect(problems.find((problem) => problem.entry === 3)?.message).toMatch(
      /duplicate slug "jss-basics": entry 1/,
    );
  });

  it.each([
    ["invalid UTF-8", new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), /not valid UTF-8.*byte offset 2/],
    ["broken JSON", new TextEncoder().encode('{"version": 1, "entries": ['), /not valid JSON/],
    ["a wrong version", bytes({ version: 2, entries: [] }), /version must be 1/],
    ["entries that are not a list", bytes({ version: 1, entries: {} }), /expected array/],
    ["a list instead of the object", bytes([entry()]), /expected object/],
  ])("rejects %s as a whole-file problem", (_name, input, message) => {
    const problems = problemsOf(input);
    expect(problems[0]?.entry).toBeNull();
    expect(problems[0]?.message).toMatch(message);
  });
});
