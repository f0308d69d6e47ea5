import { problem, type Reply } from "../core/reply.js";
import type { Command, CommandContext, CommandEntry } from "./command.js";
import { type OptionField, optionFields } from "./option-fields.js";
import { parseCommandLine, parseOptions } from "./parse-command-line.js";
import { resolveCommand } from "./resolve-command.js";
import { type InvalidInputData, runCommand, unknownOptionProblem } from "./run-command.js";
import { usageLine } from "./usage.js";

export interface TextCommandResult {
  /** The full command path that ran (`faq add`), or null when none could be found. */
  command: string | null;
  reply: Reply;
}

/** Lines longer than this are refused before parsing: no option needs more. */
export const maxCommandLineLength = 8_000;

/** A line of the text syntax, read: the command it names with its raw input, or why it cannot run. */
export type ParsedTextCommand =
  | { ok: true; command: Command; path: string; input: Record<string, unknown> }
  | { ok: false; result: TextCommandResult };

/** Parses one line of the text syntax and runs it through runCommand. Never throws. */
export async function runTextCommand(line: string, ctx: CommandContext): Promise<TextCommandResult> {
  const parsed = parseTextCommand(line, ctx.commands);
  if (!parsed.ok) return parsed.result;
  return { command: parsed.path, reply: await runCommand(parsed.command, parsed.input, ctx, parsed.path) };
}

/** Reads a line into a command and its input without running it (adapters may open a form instead). */
export function parseTextCommand(line: string, commands: readonly CommandEntry[]): ParsedTextCommand {
  const refuse = (command: string | null, reply: Reply): ParsedTextCommand => ({
    ok: false,
    result: { command, reply },
  });
  if (line.length > maxCommandLineLength) {
    return refuse(
      null,
      problem(
        "invalid-input",
        `That line is too long (${line.length.toLocaleString("en-US")} characters; the limit is ${maxCommandLineLength.toLocaleString("en-US")}).`,
      ),
    );
  }
  const parsed = parseCommandLine(line);
  if (!parsed || parsed.words.length === 0) {
    return refuse(
      null,
      problem("unknown-command", "Commands start with `/` and a name, e.g. `/help`.", { suggestion: "help" }),
    );
  }
  const resolution = resolveCommand(commands, parsed.words);
  switch (resolution.kind) {
    case "unknown-command": {
      const hint = resolution.suggestion ? ` Did you mean \`/${resolution.suggestion}\`?` : "";
      return refuse(
        null,
        problem(
          "unknown-command",
          `There is no command \`/${resolution.typed.slice(0, 40)}\`.${hint} Type \`/help\` to see them all.`,
          { suggestion: resolution.suggestion ?? null },
        ),
      );
    }
    case "missing-subcommand":
    case "unknown-subcommand": {
      const typed =
        resolution.kind === "unknown-subcommand" ? `\`${resolution.typed.slice(0, 40)}\` is not one. ` : "";
      const hint =
        resolution.kind === "unknown-subcommand" && resolution.suggestion
          ? `Did you mean \`/${resolution.group} ${resolution.suggestion}\`? `
          : "";
      return refuse(
        null,
        problem(
          "unknown-command",
          `\`/${resolution.group}\` needs a subcommand. ${typed}${hint}Choose one of: ${resolution.subcommands.join(", ")}.`,
          { suggestion: resolution.kind === "unknown-subcommand" ? (resolution.suggestion ?? null) : null },
        ),
      );
    }
    case "found":
      break;
  }
  const { command, path } = resolution;
  // A word after the command that is not an option (e.g. `/help eligibility`) is free text.
  const extraWords = parsed.words.slice(resolution.wordsUsed);
  const optionsText = [...extraWords, parsed.rest].filter((part) => part.length > 0).join(" ");
  const fields = optionFields(command.options);
  const usage = usageLine(path, command);
  const options = parseOptions(
    optionsText,
    fields.map((field) => field.name),
    command.restOption,
  );
  if (!options.ok) {
    if (options.reason === "unknown-option")
      return refuse(path, unknownOptionProblem(options.option, fields, usage));
    return refuse(path, syntaxProblem(options, usage));
  }
  return { ok: true, command, path, input: coerceOptions(options.values, fields) };
}

function syntaxProblem(
  failure: Exclude<ReturnType<typeof parseOptions>, { ok: true }>,
  usage: string,
): Reply<InvalidInputData> {
  const explanation = {
    repeated: `\`${failure.option}\` is given more than once; give it once.`,
    "unclosed-quote": `The quote opened for \`${failure.option}\` is never closed.`,
    "empty-value": `\`${failure.option}\` has no value: write it right after the colon, e.g. \`${failure.option}:value\`.`,
    "unknown-option": `There is no option \`${failure.option}\`.`,
    "unexpected-text": `I could not read \`${failure.detail}\`: options are written as \`name:value\`.`,
  }[failure.reason];
  return problem<InvalidInputData>("invalid-input", `${explanation}\nUsage: \`${usage}\``, {
    option: failure.option || null,
    expected: null,
    usage,
  });
}

const truthy = new Set(["yes", "y", "true", "on", "1"]);
const falsy = new Set(["no", "n", "false", "off", "0"]);

/**
 * Turns raw strings into the types the schema expects. Whatever cannot be coerced is passed on
 * unchanged so that zod rejects it and names the option.
 */
export function coerceOptions(
  values: Record<string, string>,
  fields: readonly OptionField[],
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(values)) {
    const field = fields.find((candidate) => candidate.name === name);
    input[name] = field ? coerceValue(raw, field) : raw;
  }
  return input;
}

function coerceValue(raw: string, field: OptionField): unknown {
  const text = raw.trim();
  switch (field.kind) {
    case "integer":
    case "number": {
      // People type "$1,500" and "95%"; the symbols carry no meaning for the number.
      const cleaned = text
        .replace(/^\$/, "")
        .replace(/%$/, "")
        .replace(/,(?=\d{3}(\D|$))/g, "");
      const value = cleaned === "" ? Number.NaN : Number(cleaned);
      return Number.isFinite(value) ? value : raw;
    }
    case "boolean": {
      const lower = text.toLowerCase();
      if (truthy.has(lower)) return true;
      if (falsy.has(lower)) return false;
      return raw;
    }
    case "choice": {
      const match = field.choices?.find((choice) => choice.toLowerCase() === text.toLowerCase());
      return match ?? raw;
    }
    case "string":
      return raw;
  }
}
