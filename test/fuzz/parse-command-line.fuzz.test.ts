import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCommandLine, parseOptions } from "../../src/command-kit/parse-command-line.js";
import { CaseClock, describeText } from "./case-clock.js";
import { chatText, fuzzParameters, fuzzTimeoutMs, writeOption } from "./fuzz-support.js";

const knownOptions = ["jss", "weeks", "history", "question", "answer", "reason"];
const clock = new CaseClock("the text syntax parser");

describe("fuzz: the text syntax parser", () => {
  it(
    "never throws on any line, and the leading words are at most two lower-case names",
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            chatText(200),
            chatText(20).map((text) => `/${text}`),
          ),
          (line) => {
            const parsed = clock.measureSync(describeText(line), line.length, () => parseCommandLine(line));
            if (parsed === undefined) return;
            expect(parsed.words.length).toBeLessThanOrEqual(2);
            for (const word of parsed.words) expect(word).toMatch(/^[a-z][\w-]*$/);
          },
        ),
        fuzzParameters(),
      );
    },
    fuzzTimeoutMs(0.4),
  );

  it(
    "reads options into known names only, or refuses with a reason that names the option",
    () => {
      const optionsText = fc
        .array(
          fc.tuple(
            fc.oneof(fc.constantFrom(...knownOptions), fc.stringMatching(/^[A-Za-z][\w-]{0,12}$/)),
            chatText(30),
            fc.nat(),
          ),
          { maxLength: 6 },
        )
        .chain((pairs) =>
          fc
            .tuple(fc.constant(pairs), chatText(30))
            .map(([list, tail]) =>
              [...list.map(([name, value, style]) => writeOption(name, value, style)), tail].join(" "),
            ),
        );
      fc.assert(
        fc.property(
          optionsText,
          fc.constantFrom(undefined, "question", "reason"),
          (text: string, restOption: string | undefined) => {
            const result = clock.measureSync(describeText(text), text.length, () =>
              parseOptions(text, knownOptions, restOption),
            );
            if (result.ok) {
              for (const key of Object.keys(result.values)) expect(knownOptions).toContain(key);
              return;
            }
            if (result.reason === "unexpected-text") expect(result.option).toBe("");
            else expect(result.option.length).toBeGreaterThan(0);
          },
        ),
        fuzzParameters(),
      );
    },
    fuzzTimeoutMs(0.6),
  );
});
