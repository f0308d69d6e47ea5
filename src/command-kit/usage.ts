import type { Command } from "./command.js";
import { optionFields, optionHint } from "./option-fields.js";

/** `/eligibility jss:<number 0-100> [weeks:<whole number 0-16>]`, generated from the schema. */
export function usageLine(path: string, command: Command): string {
  const parts = optionFields(command.options).map((field) => {
    const shown = `${field.name}:<${optionHint(field)}>`;
    return field.required ? shown : `[${shown}]`;
  });
  return [`/${path}`, ...parts].join(" ");
}
