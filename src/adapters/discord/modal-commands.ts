import type { Command } from "../../command-kit/command.js";
import { optionFields } from "../../command-kit/option-fields.js";

/**
 * `/faq add` and `/faq edit` take long text (answers run to paragraphs), which a slash-command
 * option cannot hold comfortably: on Discord these fields are optional and a modal asks for them
 * when they are missing.
 */
export const modalCommandPaths = ["faq add", "faq edit"] as const;
export type ModalCommandPath = (typeof modalCommandPaths)[number];

/** The text fields a modal shows, in order; Discord allows at most five inputs per modal. */
export const modalFieldNames = ["question", "answer", "aliases", "tags"] as const;
export type ModalFieldName = (typeof modalFieldNames)[number];

export function isModalCommandPath(path: string): path is ModalCommandPath {
  return (modalCommandPaths as readonly string[]).includes(path);
}

/** The modal fields this command actually declares (a field it lacks is never shown). */
export function modalFieldsOf(command: Command): ModalFieldName[] {
  const names = new Set(optionFields(command.options).map((field) => field.name));
  return modalFieldNames.filter((name) => names.has(name));
}

/**
 * `/faq add` opens the modal unless the question and the answer are both given; `/faq edit`
 * opens it when none of the text fields is given (there is nothing to change yet).
 */
export function needsModal(
  path: ModalCommandPath,
  command: Command,
  input: Record<string, unknown>,
): boolean {
  const fields = modalFieldsOf(command);
  if (fields.length === 0) return false;
  const given = (name: ModalFieldName) =>
    typeof input[name] === "string" && String(input[name]).trim() !== "";
  if (path === "faq add") {
    return (["question", "answer"] as const).some((name) => fields.includes(name) && !given(name));
  }
  return !fields.some(given);
}
