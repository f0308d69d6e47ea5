import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { formRequestFor } from "../../src/adapters/slack/register-slash-commands.js";
import { slackMessageToMarkup, slashCommandText } from "../../src/adapters/slack/slack-text.js";
import { slashCommandLine } from "../../src/adapters/slack/slash-command-line.js";
import { optionFields } from "../../src/command-kit/option-fields.js";
import { parseCommandLine } from "../../src/command-kit/parse-command-line.js";
import { listCommandPaths } from "../../src/command-kit/resolve-command.js";
import { maxCommandLineLength, runTextCommand } from "../../src/command-kit/text-invocation.js";
import { CaseClock, describeText } from "./case-clock.js";
import {
  chatText,
  fuzzContext,
  fuzzParameters,
  fuzzServices,
  fuzzTimeoutMs,
  hostileText,
  maxMessageChars,
  optionTextValue,
  writeOption,
} from "./fuzz-support.js";
import { expectWellFormedReply } from "./reply-properties.js";

const { database, services } = await fuzzServices();
afterAll(() => database.close());

const paths = listCommandPaths(commands);

/** A line for one command: some of its options with generated values, maybe an unknown one, maybe free text. */
const commandLines = paths.map(({ path, command }) => {
  const fields = optionFields(command.options);
  // One arbitrary per field, built once: building them inside a chain per case is what costs time.
  const option =
    fields.length === 0
      ? fc.constant("")
      : fc.oneof(
          ...fields.map((field) =>
            fc
              .tuple(optionTextValue(field), fc.nat())
              .map(([value, style]) => writeOption(field.name, value, style)),
          ),
        );
  const unknownOption = fc
    .tuple(fc.stringMatching(/^[a-z][a-z_]{0,14}$/), hostileText(10))
    .map(([name, value]) => `${name}:${value}`);
  return fc
    .tuple(
      fc.array(fc.oneof({ weight: 6, arbitrary: option }, { weight: 1, arbitrary: unknownOption }), {
        maxLength: Math.min(fields.length + 1, 8),
      }),
      fc.option(chatText(30), { freq: 4 }),
      fc.boolean(),
    )
    .map(([options, tail, isModerator]) => ({
      path,
      fields: fields.map((field) => field.name),
      line: [`/${path}`, ...options, ...(tail === null ? [] : [tail])].join(" "),
      isModerator,
    }));
});
const commandLine = fc.oneof(...commandLines);
const clock = new CaseClock("command lines (console and Slack)");
const run = (line: string, isModerator: boolean) =>
  clock.measure(describeText(line), line.length, () =>
    runTextCommand(line, fuzzContext(services, isModerator)),
  );

describe("fuzz: runTextCommand over every command's options", () => {
  it(
    `never throws and names the option or command it refuses (${paths.length} commands)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(commandLine, async ({ path, fields, line, isModerator }) => {
          const result = await run(line, isModerator);
          expect(result.command === null || result.command === path).toBe(true);
          if (line.length > maxCommandLineLength) {
            // Refused before parsing: what is wrong is the line's length, and the reply says so.
            expect(result.reply).toMatchObject({ kind: "problem", visibility: "private" });
            expect(result.reply.body).toContain("too long");
            return;
          }
          expectWellFormedReply(result.reply, { command: path, options: fields });
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeoutMs(2),
  );

  it(
    "never throws on arbitrary lines and explains what is missing",
    async () => {
      const line = fc.oneof(
        chatText(120).map((text) => `/${text}`),
        fc
          .tuple(fc.constantFrom(...paths.map((entry) => entry.path)), hostileText(60))
          .map(([path, rest]) => `/${path}${rest}`),
        fc.constantFrom("/", "/ ", "/faq", "/FAQ ADD", `/help ${"x".repeat(9_000)}`, "/\u0000", "/help:"),
      );
      await fc.assert(
        fc.asyncProperty(line, fc.boolean(), async (text, isModerator) => {
          const result = await run(text, isModerator);
          const reply = result.reply;
          const words = parseCommandLine(text)?.words ?? [];
          if (text.length > maxCommandLineLength) {
            expect(reply).toMatchObject({ kind: "problem", visibility: "private" });
            expect(reply.body).toContain("too long");
            return;
          }
          if (words.length === 0) {
            expect(reply).toMatchObject({ kind: "problem", code: "unknown-command", visibility: "private" });
            expect(reply.body).toContain("Commands start with `/`");
            return;
          }
          const found = paths.find((entry) => entry.path === result.command);
          expectWellFormedReply(reply, {
            command: result.command ?? words.join(" "),
            options: found ? optionFields(found.command.options).map((field) => field.name) : [],
            typed: words,
          });
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeoutMs(2),
  );
  it(
    "reads a Slack slash command's text the way the adapter does, within the time budget",
    async () => {
      const slackText = fc.oneof(
        chatText(120),
        chatText(30).map((text) =>
          `question:"${text}" answer:<https://x.example/${text}|${text}>`.slice(0, maxMessageChars),
        ),
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...commands), slackText, async (entry, raw) => {
          await clock.measure(describeText(raw), raw.length, async () => {
            const text = slashCommandText(raw);
            formRequestFor(entry, text);
            // Save as FAQ reads a message the same way, into the reply markup.
            slackMessageToMarkup(raw);
            const { reply } = await runTextCommand(
              slashCommandLine(entry, text),
              fuzzContext(services, false),
            );
            expect(reply.code, reply.body).not.toBe("internal-error");
          });
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeoutMs(2),
  );
});
