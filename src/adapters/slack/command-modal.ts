import type { types } from "@slack/bolt";

type InputBlock = types.InputBlock;
type KnownBlock = types.KnownBlock;
type ModalView = types.ModalView;
type PlainTextOption = types.PlainTextOption;

import type { Command } from "../../command-kit/command.js";
import { type OptionField, optionFields, optionHint } from "../../command-kit/option-fields.js";

/** callback_id of every modal built from a command's options. */
export const commandModalCallbackId = "command-modal";

/** Carried through the modal in private_metadata (Slack keeps at most 3000 characters). */
export interface CommandModalMetadata {
  /** The command path, e.g. "faq add". */
  path: string;
  /** Where the answer goes once the modal is submitted. */
  channelId: string | null;
  /** Options fixed by the button that opened the modal (e.g. the suggestion id), not shown as inputs. */
  fixed: Record<string, unknown>;
}

// Block Kit limits: modal title 24 characters, labels and hints 2000, select options 100.
const titleMaxChars = 24;
const labelMaxChars = 2000;
const hintMaxChars = 2000;
const maxSelectOptions = 100;
const longTextMinChars = 200;

function cut(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1)}…`;
}

function option(value: string, label = value): PlainTextOption {
  return { text: { type: "plain_text", text: cut(label, 75) }, value: cut(value, 150) };
}

function inputElement(field: OptionField, initial: unknown, formBox: boolean): InputBlock["element"] {
  const initialText = initial === undefined || initial === null ? undefined : String(initial);
  switch (field.kind) {
    case "boolean":
    case "choice": {
      const options =
        field.kind === "boolean"
          ? [option("yes"), option("no")]
          : (field.choices ?? []).slice(0, maxSelectOptions).map((choice) => option(choice));
      const initialOption =
        initial === undefined
          ? undefined
          : options.find(
              (candidate) =>
                candidate.value === (typeof initial === "boolean" ? (initial ? "yes" : "no") : initialText),
            );
      return {
        type: "static_select",
        action_id: "value",
        options,
        ...(initialOption ? { initial_option: initialOption } : {}),
      };
    }
    case "integer":
    case "number":
      return {
        type: "number_input",
        action_id: "value",
        is_decimal_allowed: field.kind === "number",
        ...(field.min !== undefined ? { min_value: String(field.min) } : {}),
        ...(field.max !== undefined ? { max_value: String(field.max) } : {}),
        ...(initialText !== undefined ? { initial_value: initialText } : {}),
      };
    case "string":
      return {
        type: "plain_text_input",
        action_id: "value",
        // The command's form boxes, and any long text, get a paragraph box.
        multiline: formBox || (field.maxLength ?? 0) >= longTextMinChars,
        ...(field.maxLength !== undefined ? { max_length: Math.min(field.maxLength, 3000) } : {}),
        ...(initialText ? { initial_value: initialText.slice(0, 3000) } : {}),
      };
  }
}

/**
 * A modal whose inputs are the command's options, read from the same zod schema as every other
 * surface: the block id is the option name, so a submission maps straight back to runCommand input.
 */
export function buildCommandModal(
  command: Command,
  metadata: CommandModalMetadata,
  initialValues: Record<string, unknown> = {},
): ModalView {
  const blocks: KnownBlock[] = optionFields(command.options)
    .filter((field) => !(field.name in metadata.fixed))
    .map((field) => ({
      type: "input",
      block_id: field.name,
      optional: !field.required,
      label: { type: "plain_text", text: cut(field.name, labelMaxChars) },
      hint: { type: "plain_text", text: cut(`${field.description} (${optionHint(field)})`, hintMaxChars) },
      element: inputElement(
        field,
        initialValues[field.name] ?? field.defaultValue,
        command.form?.fields.some((box) => box.option === field.name && box.multiline) ?? false,
      ),
    }));
  return {
    type: "modal",
    callback_id: commandModalCallbackId,
    private_metadata: JSON.stringify(metadata).slice(0, 3000),
    title: { type: "plain_text", text: cut(`/${metadata.path}`, titleMaxChars) },
    submit: { type: "plain_text", text: "Save" },
    close: { type: "plain_text", text: "Cancel" },
    blocks,
  };
}

interface SubmittedValue {
  value?: string | null;
  selected_option?: { value?: string } | null;
}

/** The raw strings the user entered, by option name; empty inputs are left out. */
export function readModalValues(
  state: Record<string, Record<string, SubmittedValue>>,
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(state)) {
    const submitted = actions.value;
    const raw = submitted?.selected_option?.value ?? submitted?.value;
    if (typeof raw === "string" && raw.trim() !== "") values[blockId] = raw;
  }
  return values;
}

export function parseModalMetadata(text: string): CommandModalMetadata | null {
  try {
    const parsed = JSON.parse(text) as Partial<CommandModalMetadata>;
    if (typeof parsed.path !== "string") return null;
    return {
      path: parsed.path,
      channelId: typeof parsed.channelId === "string" ? parsed.channelId : null,
      fixed: typeof parsed.fixed === "object" && parsed.fixed !== null ? parsed.fixed : {},
    };
  } catch {
    return null;
  }
}
