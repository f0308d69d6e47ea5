import fc from "fast-check";
import { commands } from "../../commands/index.js";
import type { CommandContext } from "../../src/command-kit/command.js";
import type { OptionField } from "../../src/command-kit/option-fields.js";
import type { Actor } from "../../src/core/actor.js";
import type { Services } from "../../src/ports/services.js";
import { memoryLogger } from "../support/memory-logger.js";
import { openTestBot } from "../support/test-bot.js";

/**
 * How many cases each property runs: small in `npm test`, 100,000 in `npm run fuzz`
 * (FUZZ_RUNS=100000). Each file fuzzes one target so vitest spreads them over the cores.
 */
export function fuzzRuns(defaultRuns = 300): number {
  const fromEnvironment = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(fromEnvironment) && fromEnvironment > 0 ? fromEnvironment : defaultRuns;
}

/** A test's time limit that grows with the number of runs (about `perCaseMs` a case, at least 30 s). */
export function fuzzTimeoutMs(perCaseMs: number, runs = fuzzRuns()): number {
  return Math.max(30_000, Math.ceil(runs * perCaseMs));
}

/** fast-check settings shared by every fuzz property; the seed is printed on failure to replay it. */
export function fuzzParameters(runs = fuzzRuns()): fc.Parameters<unknown> {
  return { numRuns: runs, endOnFailure: true };
}

/** The real services over an in-memory database with the real migrations and the starter pack. */
export async function fuzzServices() {
  const log = memoryLogger();
  // Every community the fuzzer's messages create starts with the starter pack, as in production.
  const { database, bot } = openTestBot({ logger: log.logger });
  await bot.communities.ensure("console", new Date("2026-11-01T00:00:00Z"));
  return { database, bot, services: bot.forCommunity("console"), log };
}

export function fuzzContext(services: Services, isModerator: boolean): CommandContext {
  const actor: Actor = {
    platform: "console",
    spaceId: "console",
    communityId: "console",
    userId: isModerator ? "fuzz-moderator" : "fuzz-member",
    displayName: "fuzz",
    isModerator,
    channelId: "fuzz-channel",
  };
  return { actor, services, commands, now: new Date("2026-11-26T12:00:00Z") };
}

/** Text that stresses parsers: quotes of every kind, separators, control and bidi characters, emoji. */
export const hostileCharacter = fc.constantFrom(
  '"',
  "“",
  "”",
  "„",
  "«",
  "»",
  "″",
  "'",
  ":",
  "=",
  " ",
  "\t",
  "\n",
  "\r",
  "/",
  "\\",
  "`",
  "*",
  "-",
  "(",
  ")",
  "@",
  "#",
  "<",
  ">",
  "\u0000",
  "\u202e",
  "\u200b",
  "\uFEFF",
  "\uD800",
  "💥",
  "é",
  "ß",
  "İ",
  "ﬁ",
  "١",
);

export const hostileText = (maxLength = 80) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: "grapheme", maxLength }),
    fc.string({ unit: fc.oneof(hostileCharacter, fc.constantFrom("a", "b", "1", "9")), maxLength }),
    fc.string({ unit: "binary", maxLength }),
  );

/** The longest message a platform delivers: Slack's 40,000 characters (Discord's is 4,000). */
export const maxMessageChars = 40_000;

/** Pieces of chat and reply markup that a backtracking pattern rescans when they repeat. */
const markupFragment = fc.constantFrom(
  "<!",
  "<@",
  "<#",
  "<@&1",
  "<@U|",
  "<#C|",
  "<!subteam^S|",
  "<!here|",
  "<http:",
  "<http://x|",
  "<https://x",
  "<mailto:",
  "<a:b:",
  "[",
  "[a](",
  "](http://x",
  "[a](https://x",
  "**",
  "`",
  "```",
  ":a",
  "*a ",
  " *a",
  "- ",
  "how ",
  "any one ",
  "1k",
  "1,",
  "@",
  "@everyone ",
  "{asker}",
  "&lt;",
  "&amp;",
  "www.",
  "https://",
  "\n",
  "|",
  "?",
);

/**
 * Member-sized text up to `maxLength` (Slack's 40,000 characters by default): one to three
 * fragments, markup or hostile characters, repeated to a length that is often the maximum itself.
 * Repetition is what a backtracking pattern fails on, and it costs nothing to generate.
 */
export const longHostileText = (maxLength = maxMessageChars) =>
  fc
    .tuple(
      fc.array(fc.oneof(markupFragment, hostileText(12)), { minLength: 1, maxLength: 3 }),
      fc.oneof(fc.constantFrom(maxLength, maxLength - 1, 4_000), fc.integer({ min: 1, max: maxLength })),
    )
    .map(([parts, length]) => {
      const unit = parts.join("") || "x";
      return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    });

/** Short hostile text most of the time, member-sized repeated markup once in `longOneIn` cases. */
export const chatText = (shortLength = 200, maxLength = maxMessageChars, longOneIn = 25) =>
  fc.oneof(
    { weight: longOneIn - 1, arbitrary: hostileText(shortLength) },
    { weight: 1, arbitrary: longHostileText(maxLength) },
  );

/** A value for one option, as typed text: valid, at and past the bounds, of the wrong type, or garbage. */
export function optionTextValue(field: OptionField): fc.Arbitrary<string> {
  const garbage = hostileText(40);
  switch (field.kind) {
    case "integer":
    case "number": {
      const min = field.min ?? -1_000_000;
      const max = field.max ?? 1_000_000;
      return fc.oneof(
        fc.integer({ min: Math.ceil(min), max: Math.floor(max) }).map(String),
        fc.constantFrom(min - 1, max + 1, min, max, min - 0.5, max + 0.5).map(String),
        fc.double({ noNaN: false }).map(String),
        fc.constantFrom(
          "$1,500",
          "95%",
          "1e309",
          "-0",
          "0x10",
          "1_000",
          "١٢",
          "NaN",
          "Infinity",
          "",
          "12abc",
        ),
        fc.bigInt().map(String),
        garbage,
      );
    }
    case "boolean":
      return fc.oneof(fc.constantFrom("yes", "no", "true", "FALSE", "on", "0", "1", "maybe", ""), garbage);
    case "choice":
      return fc.oneof(
        fc.constantFrom(...(field.choices ?? ["x"])),
        fc.constantFrom(...(field.choices ?? ["x"])).map((choice) => choice.toUpperCase()),
        garbage,
      );
    case "string": {
      // Text at and just past the length limit, built by repetition: generating thousands of
      // random characters per case would make 100,000 cases take an hour.
      const limit = field.maxLength ?? 200;
      const nearLimit = fc
        .tuple(hostileText(12), fc.integer({ min: -2, max: 3 }))
        .map(([seed, delta]) =>
          (seed.length > 0 ? seed : "x").repeat(limit).slice(0, Math.max(0, limit + delta)),
        );
      return fc.oneof(
        { weight: 4, arbitrary: garbage },
        { weight: 1, arbitrary: nearLimit },
        {
          weight: 2,
          arbitrary: fc.constantFrom(
            "top-rated-requirements",
            "2027-01-01",
            "2026-02-30",
            "https://example.com/x",
            "a,b,,c",
            "1",
          ),
        },
      );
    }
  }
}

/** A raw option value of any JSON-ish type, for runCommand's object input (as a platform could send). */
export const anyRawValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, null, undefined, true, "", [], {}),
  fc.string({ maxLength: 60 }),
  // Text typed into an option or a modal box, up to the longest a platform delivers.
  chatText(60),
);

/** Writes `name:value` the ways people type it: bare, quoted, smart-quoted, with `=`. */
export function writeOption(name: string, value: string, style: number): string {
  switch (style % 5) {
    case 0:
      return `${name}:${value}`;
    case 1:
      return `${name}:"${value}"`;
    case 2:
      return `${name}=${value}`;
    case 3:
      return `${name}:“${value}”`;
    default:
      return `${name.toUpperCase()}: ${value}`;
  }
}
