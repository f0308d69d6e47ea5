import type { CommandContext } from "./command.js";

/**
 * How chat platforms present a command beyond its options, declared on the command so that the
 * adapters stay generic: they read these declarations and never name a command themselves.
 */

/** One text box of a form. */
export interface FormField {
  /** The option the box fills. */
  option: string;
  label: string;
  placeholder?: string;
  /** A paragraph box rather than one line. */
  multiline: boolean;
  /** The box's limit where a platform needs one (Discord's text inputs). */
  maxLength: number;
}

/**
 * A form (a Discord or Slack modal) that asks for a command's long text. Discord shows `fields`
 * (at most five boxes); Slack's modal shows every option, these ones as text boxes.
 */
export interface CommandForm {
  /** At most 24 characters (Slack's modal title limit). */
  title: string;
  fields: readonly FormField[];
  /** Boxes the form marks required (the command refuses to run without them). */
  required?: readonly string[];
  /**
   * When a typed command opens the form instead of running: while one of `required` is missing
   * (adding), or while none of `fields` is given (editing: there is nothing to change yet).
   * Without it, only a button (CommandButton.form) opens the form.
   */
  opensWhen?: "required-missing" | "no-field-given";
  /**
   * The option that names what the form works on (a slug, a suggestion id). It is given on the
   * command line or by the button, never typed into the form, and travels with the form.
   */
  key?: string;
  /** Boxes that start filled in, where emptying one clears the value (the text syntax's `-`). */
  clearable?: readonly string[];
  /**
   * The values the form starts with (the entry being edited). Null when there is nothing to start
   * from: the command then runs and explains (e.g. no such entry, with a did-you-mean).
   */
  prefill?(input: Record<string, unknown>, ctx: CommandContext): Promise<Record<string, string> | null>;
}

/**
 * A button that runs this command. Its id is `idPrefix` followed by the value of `option` (e.g.
 * `faq:approve:12`), kept under Discord's 100-character custom id limit.
 */
export interface CommandButton {
  idPrefix: string;
  option: string;
  /**
   * "required": a click opens the command's form first. "offered": the remaining options are
   * optional; a platform whose clicks have no reply to put a follow-up in (Slack's Home tab)
   * asks for them in the form, the others run at once.
   */
  form?: "required" | "offered";
}

/** Whether a command typed with `input` should open its form rather than run. */
export function opensForm(form: CommandForm, input: Record<string, unknown>): boolean {
  const given = (name: string) => typeof input[name] === "string" && String(input[name]).trim() !== "";
  if (form.opensWhen === undefined) return false;
  if (form.opensWhen === "required-missing") return (form.required ?? []).some((name) => !given(name));
  return !form.fields.some((field) => given(field.option));
}

/** The form's starting values: what the member already typed over what the command prefills. */
export async function formValues(
  form: CommandForm,
  input: Record<string, unknown>,
  ctx: CommandContext,
): Promise<Record<string, string> | null> {
  const prefilled = form.prefill ? await form.prefill(input, ctx) : {};
  if (prefilled === null) return null;
  const typed = Object.fromEntries(
    Object.entries(input).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
  return { ...prefilled, ...typed };
}

/** Reads a submitted box: trimmed text, `-` for an emptied clearable box, undefined to leave as it is. */
export function submittedValue(form: CommandForm, option: string, raw: string): string | undefined {
  const value = raw.trim();
  if (value !== "") return value;
  return form.clearable?.includes(option) ? "-" : undefined;
}
