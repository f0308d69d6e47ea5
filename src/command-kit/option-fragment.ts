import type { z } from "zod";
import { type OptionField, optionFields } from "./option-fields.js";

/**
 * A command's options as a URL fragment (`months=12&rate=30`), and back. The fragment never
 * leaves the browser (it is not sent with requests), which is why the web calculator keeps a
 * member's figures there: a link from a chat reply opens the page already filled in, and the
 * server only ever sees the page's path.
 */
export function optionsToFragment(schema: z.ZodObject, options: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const field of optionFields(schema)) {
    const value = options[field.name];
    if (value === undefined || value === null || value === field.defaultValue) continue;
    params.set(field.name, String(value));
  }
  return params.toString();
}

/**
 * Reads a fragment (or a form's entries) into the raw input runCommand's validation expects:
 * numbers and yes/no turned into values, empty fields left out, unknown names kept so that the
 * validation names them.
 */
export function optionsFromEntries(
  schema: z.ZodObject,
  entries: Iterable<[string, string]>,
): Record<string, unknown> {
  const fields = new Map(optionFields(schema).map((field) => [field.name, field]));
  const input: Record<string, unknown> = {};
  for (const [name, text] of entries) {
    const trimmed = text.trim();
    if (trimmed === "") continue;
    const field = fields.get(name);
    input[name] = field ? coerce(field, trimmed) : trimmed;
  }
  return input;
}

export function optionsFromFragment(schema: z.ZodObject, fragment: string): Record<string, unknown> {
  return optionsFromEntries(schema, new URLSearchParams(fragment.replace(/^#/, "")).entries());
}

function coerce(field: OptionField, text: string): unknown {
  switch (field.kind) {
    case "integer":
    case "number": {
      // A value that is not a number stays text, so the validation quotes what was typed.
      const value = Number(text);
      return Number.isFinite(value) ? value : text;
    }
    case "boolean":
      if (text === "true" || text === "yes") return true;
      if (text === "false" || text === "no") return false;
      return text;
    default:
      return text;
  }
}
