import type { z } from "zod";
import { problem, type Reply } from "../core/reply.js";
import type { Command } from "./command.js";
import { closestName } from "./did-you-mean.js";
import { type OptionField, optionFields } from "./option-fields.js";
import { usageLine } from "./usage.js";

// Apart from runCommand (which needs node:crypto for its references) so that a browser bundle, the
// web calculator, validates its form with exactly the checks and wording the chat commands use.

export interface InvalidInputData {
  option: string | null;
  expected: string | null;
  usage: string;
}

/**
 * The first step of runCommand on its own: the options checked against the command's schema (and
 * its refine), with no permission check, no store and no clock. Adapters use it to answer at once
 * what the schema alone can say (a Slack modal shows it under the input within Slack's 3 s).
 */
export function validateCommandInput<TSchema extends z.ZodObject>(
  command: Command<TSchema>,
  rawInput: Record<string, unknown>,
  path: string = command.name,
): { ok: true; input: z.infer<TSchema> } | { ok: false; reply: Reply } {
  const fields = optionFields(command.options);
  const usage = usageLine(path, command);
  const unknown = Object.keys(rawInput).find((key) => !fields.some((field) => field.name === key));
  if (unknown !== undefined) return { ok: false, reply: unknownOptionProblem(unknown, fields, usage) };

  const parsed = command.options.safeParse(rawInput);
  if (!parsed.success)
    return { ok: false, reply: invalidInputProblem(parsed.error, fields, rawInput, usage) };

  const contradiction = command.refine?.(parsed.data);
  if (contradiction) {
    const reply = problem<InvalidInputData>("invalid-input", `${contradiction}\nUsage: \`${usage}\``, {
      option: null,
      expected: null,
      usage,
    });
    return { ok: false, reply };
  }
  return { ok: true, input: parsed.data };
}

export function unknownOptionProblem(name: string, fields: OptionField[], usage: string): Reply {
  const suggestion = closestName(
    name,
    fields.map((field) => field.name),
  );
  const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : "";
  return problem<InvalidInputData>(
    "invalid-input",
    `There is no option \`${name.slice(0, 40)}\`.${hint}\nUsage: \`${usage}\``,
    { option: name.slice(0, 40), expected: null, usage },
  );
}

function invalidInputProblem(
  error: z.ZodError,
  fields: OptionField[],
  rawInput: Record<string, unknown>,
  usage: string,
): Reply {
  const issue = error.issues[0];
  const option = typeof issue?.path[0] === "string" ? issue.path[0] : null;
  const field = fields.find((candidate) => candidate.name === option);
  const expected = field ? describeExpected(field) : null;
  const given = option !== null ? rawInput[option] : undefined;
  const lines: string[] = [];
  if (field && given === undefined) {
    lines.push(`\`${field.name}\` is required: ${lowerFirst(field.description)}, ${expected}.`);
  } else if (field) {
    const shown = showGiven(given);
    // A string's rule (e.g. "16 characters of 1 and 0") lives in the schema author's message, which
    // completes this sentence: "`history` must be <message>".
    const rule = field.kind === "string" && issue?.message ? issue.message : expected;
    lines.push(`\`${field.name}\` must be ${rule} (you gave \`${shown}\`).`);
  } else {
    lines.push(issue?.message ?? "The options are not valid.");
  }
  lines.push(`Usage: \`${usage}\``);
  return problem<InvalidInputData>("invalid-input", lines.join("\n"), { option, expected, usage });
}

/**
 * The value a user gave, short enough to quote. Platform payloads can carry any JSON, including
 * objects whose toString is not a function, so String() alone can throw.
 */
function showGiven(value: unknown): string {
  if (typeof value === "string") return value.slice(0, 40);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  try {
    return (JSON.stringify(value) ?? typeof value).slice(0, 40);
  } catch {
    return typeof value;
  }
}

function describeExpected(field: OptionField): string {
  switch (field.kind) {
    case "choice":
      return `one of ${(field.choices ?? []).map((choice) => `\`${choice}\``).join(", ")}`;
    case "boolean":
      return "yes or no";
    case "string":
      return field.maxLength !== undefined ? `text of at most ${field.maxLength} characters` : "valid text";
    default: {
      const noun = field.kind === "integer" ? "whole number" : "number";
      if (field.min !== undefined && field.max !== undefined) {
        return `a ${noun} from ${readable(field.min)} to ${readable(field.max)}`;
      }
      if (field.min !== undefined) return `a ${noun} ≥ ${readable(field.min)}`;
      if (field.max !== undefined) return `a ${noun} ≤ ${readable(field.max)}`;
      return `a ${noun}`;
    }
  }
}

/** 10000 as "10,000": bounds in a sentence read as people write them. */
function readable(value: number): string {
  return value.toLocaleString("en-US");
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
