import type { Command, CommandEntry } from "./command.js";
import type { CommandButton } from "./command-ui.js";
import { optionFields } from "./option-fields.js";
import { listCommandPaths } from "./resolve-command.js";
import { coerceOptions } from "./text-invocation.js";

/** A clicked button, resolved to the command that declared it. */
export interface ButtonTarget {
  command: Command;
  path: string;
  button: CommandButton;
  /** The button's input: its option, typed from the text after the prefix. */
  input: Record<string, unknown>;
}

/** The id of a button that runs `button`'s command with `value`. */
export function buttonId(button: CommandButton, value: string | number): string {
  return `${button.idPrefix}${value}`;
}

/** Every declared button, for adapters that register one listener per id pattern. */
export function declaredButtons(commands: readonly CommandEntry[]): CommandButton[] {
  return listCommandPaths(commands).flatMap(({ command }) => [...(command.buttons ?? [])]);
}

/** The command a button id belongs to, or null for an id no command declares (e.g. an old button). */
export function findButtonTarget(commands: readonly CommandEntry[], id: string): ButtonTarget | null {
  for (const { command, path } of listCommandPaths(commands)) {
    for (const button of command.buttons ?? []) {
      if (!id.startsWith(button.idPrefix) || id.length === button.idPrefix.length) continue;
      const value = id.slice(button.idPrefix.length);
      const input = coerceOptions({ [button.option]: value }, optionFields(command.options));
      return { command, path, button, input };
    }
  }
  return null;
}
