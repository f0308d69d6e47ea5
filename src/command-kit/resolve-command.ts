import { type Command, type CommandEntry, isCommandGroup } from "./command.js";
import { closestName } from "./did-you-mean.js";

export type Resolution =
  | { kind: "found"; command: Command; path: string; wordsUsed: number }
  | { kind: "unknown-command"; typed: string; suggestion?: string }
  | { kind: "missing-subcommand"; group: string; subcommands: string[] }
  | { kind: "unknown-subcommand"; group: string; typed: string; suggestion?: string; subcommands: string[] };

/** Finds the command a user meant from the leading words of a line (`faq`, `add`). */
export function resolveCommand(commands: readonly CommandEntry[], words: readonly string[]): Resolution {
  const [name = "", sub] = words;
  const entry = commands.find((candidate) => candidate.name === name);
  if (!entry) {
    const suggestion = closestName(
      name,
      commands.map((candidate) => candidate.name),
    );
    return { kind: "unknown-command", typed: name, ...(suggestion ? { suggestion } : {}) };
  }
  if (!isCommandGroup(entry)) return { kind: "found", command: entry, path: entry.name, wordsUsed: 1 };
  const subcommands = entry.subcommands.map((candidate) => candidate.name);
  if (!sub) return { kind: "missing-subcommand", group: entry.name, subcommands };
  const command = entry.subcommands.find((candidate) => candidate.name === sub);
  if (!command) {
    const suggestion = closestName(sub, subcommands);
    return {
      kind: "unknown-subcommand",
      group: entry.name,
      typed: sub,
      subcommands,
      ...(suggestion ? { suggestion } : {}),
    };
  }
  return { kind: "found", command, path: `${entry.name} ${command.name}`, wordsUsed: 2 };
}

/** Every runnable command with its full path, in registration order. */
export function listCommandPaths(commands: readonly CommandEntry[]): { path: string; command: Command }[] {
  return commands.flatMap((entry) =>
    isCommandGroup(entry)
      ? entry.subcommands.map((command) => ({ path: `${entry.name} ${command.name}`, command }))
      : [{ path: entry.name, command: entry }],
  );
}
