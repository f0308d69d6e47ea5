import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readStarterEntries } from "../../bench/generate-entries.js";
import { parseFaqFile } from "../../src/core/faq/import/parse-faq-file.js";
import { CaseClock } from "./case-clock.js";
import { fuzzParameters, fuzzTimeoutMs, longHostileText } from "./fuzz-support.js";

const encoder = new TextEncoder();
const [firstEntry] = readStarterEntries();
const validEntry = {
  slug: firstEntry?.slug,
  question: firstEntry?.question,
  answer: firstEntry?.answer,
  aliases: firstEntry?.aliases,
  tags: firstEntry?.tags,
  sources: firstEntry?.sources,
  criteria: firstEntry?.criteria,
  owner: null,
  review_by: "2027-01-01",
};
const fieldNames = Object.keys(validEntry);
const clock = new CaseClock("the FAQ import reader");

function expectRejectedWithReasons(result: ReturnType<typeof parseFaqFile>): void {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(problem.field.length).toBeGreaterThan(0);
    expect(problem.message.length).toBeGreaterThan(0);
  }
}

/** A valid entry with one field replaced by anything: the realistic "almost right" file. */
const mutatedEntry = fc
  .tuple(
    fc.constantFrom(...fieldNames, "answr", "__proto__"),
    fc.oneof(
      { weight: 8, arbitrary: fc.anything({ maxDepth: 2 }) },
      { weight: 1, arbitrary: longHostileText() },
    ),
    fc.boolean(),
  )
  .map(([field, value, remove]) => {
    const entry: Record<string, unknown> = { ...validEntry };
    if (remove) delete entry[field];
    else entry[field] = value;
    return entry;
  });

describe("fuzz: the FAQ import reader", () => {
  it(
    "never throws on arbitrary bytes, and a refusal lists its problems",
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
          expectRejectedWithReasons(clock.measureSync("bytes", bytes.length, () => parseFaqFile(bytes)));
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeoutMs(0.6),
  );

  it(
    "never throws on arbitrary JSON, almost-valid files, or valid JSON with broken bytes",
    () => {
      const file = fc.oneof(
        fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value) ?? "null"),
        fc
          .tuple(fc.array(mutatedEntry, { maxLength: 4 }), fc.constantFrom(1, 2, "1", null))
          .map(([entries, version]) => JSON.stringify({ version, entries: [validEntry, ...entries] })),
        fc.string({ unit: "binary", maxLength: 200 }).map((text) => `{"version":1,"entries":[${text}]}`),
      );
      fc.assert(
        fc.property(
          file,
          fc.option(fc.nat(), { freq: 3 }),
          fc.integer({ min: 0, max: 255 }),
          (text, at, byte) => {
            const bytes = encoder.encode(text);
            if (at !== null && bytes.length > 0) bytes[at % bytes.length] = byte;
            expectRejectedWithReasons(clock.measureSync("file", bytes.length, () => parseFaqFile(bytes)));
          },
        ),
        fuzzParameters(),
      );
    },
    fuzzTimeoutMs(1),
  );
});
