import { discordOptionFields } from "../../../src/adapters/discord/command-json.js";
import { discordOptionName } from "../../../src/adapters/discord/discord-option-name.js";
import type { Command, CommandEntry } from "../../../src/command-kit/command.js";
import { parseCommandLine, parseOptions } from "../../../src/command-kit/parse-command-line.js";
import { listCommandPaths, resolveCommand } from "../../../src/command-kit/resolve-command.js";
import { coerceOptions } from "../../../src/command-kit/text-invocation.js";
import type { RawOption } from "./fake-discord/fake-events.js";

export interface ExampleInvocation {
  example: string;
  path: string;
  command: Command;
  /** The typed input, as runCommand receives it. */
  input: Record<string, unknown>;
  /** The same input as Discord sends it in INTERACTION_CREATE. */
  discordOptions: RawOption[];
  commandName: string;
  subcommand?: string;
}

const optionTypes = { string: 3, choice: 3, integer: 4, boolean: 5, number: 10 } as const;

/** Every example every command declares, as a Discord interaction would carry it. */
export function exampleInvocations(commands: readonly CommandEntry[]): ExampleInvocation[] {
  return listCommandPaths(commands).flatMap(({ command }) =>
    command.examples.map((example) => toInvocation(commands, example)),
  );
}

/** One command line (`faq show slug:x`, no leading slash) as a Discord interaction would carry it. */
export function toInvocation(commands: readonly CommandEntry[], example: string): ExampleInvocation {
  const parsed = parseCommandLine(`/${example}`);
  const resolution = parsed ? resolveCommand(commands, parsed.words) : undefined;
  if (!parsed || resolution?.kind !== "found")
    throw new Error(`example "${example}" does not name a command`);
  const { command, path } = resolution;
  const optionsText = [...parsed.words.slice(resolution.wordsUsed), parsed.rest].filter(Boolean).join(" ");
  const fields = discordOptionFields(command);
  const options = parseOptions(
    optionsText,
    fields.map((field) => field.name),
    command.restOption,
  );
  if (!options.ok)
    throw new Error(`example "${example}" does not parse: ${options.reason} ${options.option}`);
  const input = coerceOptions(options.values, fields);
  const discordOptions = Object.entries(input).map(([name, value]) => {
    const field = fields.find((candidate) => candidate.name === name);
    if (!field) throw new Error(`example "${example}" uses unknown option ${name}`);
    return {
      name: discordOptionName(name),
      type: optionTypes[field.kind],
      value: value as string | number | boolean,
    };
  });
  const [commandName = "", subcommand] = path.split(" ");
  return {
    example,
    path,
    command,
    input,
    discordOptions,
    commandName,
    ...(subcommand ? { subcommand } : {}),
  };
}
