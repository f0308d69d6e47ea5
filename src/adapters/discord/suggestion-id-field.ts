import type { Command } from "../../command-kit/command.js";
import { type OptionField, optionFields } from "../../command-kit/option-fields.js";

const suggestionIdNames = ["id", "suggestion", "suggestionId"];

/** The option of `/faq approve` or `/faq reject` that names the suggestion a queue button acts on. */
export function suggestionIdField(command: Command): OptionField | undefined {
  return optionFields(command.options).find((field) => suggestionIdNames.includes(field.name));
}
